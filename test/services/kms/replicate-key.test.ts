import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, DecryptCommand, DescribeKeyCommand, EncryptCommand, KMSClient, ReplicateKeyCommand, RotateKeyOnDemandCommand } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS ReplicateKey (multi-Region keys)', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('a replica in another region decrypts the primary\'s ciphertexts, also after rotation', async () => {
    const key = (await kms.send(new CreateKeyCommand({ MultiRegion: true }))).KeyMetadata!;
    const enc = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: Buffer.from('everywhere') }));
    const out = await kms.send(new ReplicateKeyCommand({ KeyId: key.KeyId, ReplicaRegion: 'eu-west-1' }));
    assert.equal(out.ReplicaKeyMetadata?.Arn, `arn:aws:kms:eu-west-1:000000000000:key/${key.KeyId}`);
    assert.equal(out.ReplicaKeyMetadata?.MultiRegionConfiguration?.MultiRegionKeyType, 'REPLICA');
    const west = new KMSClient({ ...kumo.clientConfig, region: 'eu-west-1' });
    assert.equal(Buffer.from((await west.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob }))).Plaintext!).toString(), 'everywhere');
    const primary = (await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata!;
    assert.deepEqual(primary.MultiRegionConfiguration?.ReplicaKeys?.map((r) => r.Region), ['eu-west-1']);
    await kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }));
    const rotated = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: Buffer.from('later') }));
    assert.equal(Buffer.from((await west.send(new DecryptCommand({ CiphertextBlob: rotated.CiphertextBlob }))).Plaintext!).toString(), 'later');
    await assert.rejects(kms.send(new ReplicateKeyCommand({ KeyId: key.KeyId, ReplicaRegion: 'eu-west-1' })), { name: 'AlreadyExistsException' });
    const single = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    await assert.rejects(kms.send(new ReplicateKeyCommand({ KeyId: single.KeyId, ReplicaRegion: 'eu-west-1' })), { name: 'UnsupportedOperationException' });
  });
});
