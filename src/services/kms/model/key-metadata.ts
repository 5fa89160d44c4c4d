import type { KeyRow } from '../store.js';
import { KEY_SPECS } from './key-specs.js';

/** KeyMetadata as DescribeKey, CreateKey and friends return it. */
export function keyMetadata(row: KeyRow): Record<string, unknown> {
  const spec = KEY_SPECS[row.keySpec];
  const metadata: Record<string, unknown> = {
    AWSAccountId: row.accountId,
    KeyId: row.keyId,
    Arn: row.arn,
    CreationDate: new Date(row.creationMs),
    Enabled: row.state === 'Enabled',
    Description: row.description,
    KeyUsage: row.keyUsage,
    KeyState: row.state,
    Origin: row.origin,
    KeyManager: row.keyManager,
    CustomerMasterKeySpec: row.keySpec,
    KeySpec: row.keySpec,
    MultiRegion: row.multiRegion,
  };
  if (row.deletionMs !== undefined) metadata.DeletionDate = new Date(row.deletionMs);
  if (row.pendingWindowDays !== undefined) metadata.PendingDeletionWindowInDays = row.pendingWindowDays;
  if (row.keyUsage === 'ENCRYPT_DECRYPT') metadata.EncryptionAlgorithms = spec.encryption;
  if (row.keyUsage === 'SIGN_VERIFY') metadata.SigningAlgorithms = spec.signing;
  if (row.keyUsage === 'GENERATE_VERIFY_MAC') metadata.MacAlgorithms = spec.mac;
  if (row.multiRegion && row.primaryRegion) {
    const arnIn = (region: string) => row.arn.replace(`:kms:${row.region}:`, `:kms:${region}:`);
    metadata.MultiRegionConfiguration = {
      MultiRegionKeyType: row.primaryRegion === row.region ? 'PRIMARY' : 'REPLICA',
      PrimaryKey: { Arn: arnIn(row.primaryRegion), Region: row.primaryRegion },
      ReplicaKeys: (row.replicaRegions ?? []).map((region) => ({ Arn: arnIn(region), Region: region })),
    };
  }
  return metadata;
}
