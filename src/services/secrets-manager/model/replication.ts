import type { OperationContext } from '../../define-service.js';
import { invalidParameter, validation } from '../errors.js';
import { secretsTable, type ReplicaState, type SecretRow } from '../store.js';

export interface ReplicaRegionType {
  Region?: string;
  KmsKeyId?: string;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

/**
 * Creates (or, with force, takes over) the replica rows in the other regions. A replica row
 * holds only its ARN (the primary's with the replica's region: AWS keeps the suffix), its key
 * and dates; reads go through to the primary, so it is in sync from the start. A name already
 * used in that region, or a key that KMS there does not know, makes that replica `Failed`.
 */
export async function addReplicas(ctx: OperationContext, row: SecretRow, regions: ReplicaRegionType[], force: boolean): Promise<ReplicaState[]> {
  if (regions.length < 1) throw validation(regions, 'addReplicaRegions', 'Member must have length greater than or equal to 1');
  const primaryRegion = row.arn.split(':')[3];
  const replicas = [...(row.replicas ?? [])];
  for (const wanted of regions) {
    const region = wanted.Region ?? '';
    if (!REGION.test(region)) throw validation(region, 'addReplicaRegions.member.region', 'Member must satisfy regular expression pattern: ^([a-z]+-)+\\d+$');
    if (region === primaryRegion) throw invalidParameter(`Invalid replica region: ${region} is the primary region of the secret.`);
    const existing = replicas.findIndex((r) => r.region === region);
    if (existing >= 0 && replicas[existing].status !== 'Failed') throw invalidParameter(`The secret is already replicated to ${region}.`);
    const state: ReplicaState = { region, status: 'InSync', ...(wanted.KmsKeyId !== undefined ? { kmsKeyId: wanted.KmsKeyId } : {}) };
    const table = ctx.store.table(secretsTable, { accountId: ctx.accountId, region });
    const there = table.get(row.name);
    if (there && there.primaryRegion !== primaryRegion && !force) {
      Object.assign(state, { status: 'Failed', statusMessage: 'Replication failed: Secret name already exists in the destination region.' });
    } else if (wanted.KmsKeyId !== undefined && !(await keyUsable(ctx, wanted.KmsKeyId, region))) {
      Object.assign(state, { status: 'Failed', statusMessage: `Replication failed: The KMS key ${wanted.KmsKeyId} is not valid in ${region}.` });
    } else {
      const now = ctx.clock.now();
      table.put(row.name, {
        name: row.name,
        arn: `arn:aws:secretsmanager:${region}:${ctx.accountId}:secret:${row.arn.split(':secret:')[1]}`,
        createdMs: now,
        lastChangedMs: now,
        tags: [],
        versions: {},
        primaryRegion,
        ...(wanted.KmsKeyId !== undefined ? { kmsKeyId: wanted.KmsKeyId } : {}),
      });
    }
    if (existing >= 0) replicas[existing] = state;
    else replicas.push(state);
  }
  return replicas;
}

async function keyUsable(ctx: OperationContext, keyId: string, region: string): Promise<boolean> {
  try {
    const out = await ctx.aws.call<{ KeyMetadata: { Enabled: boolean } }>('kms', 'DescribeKey', { KeyId: keyId }, { accountId: ctx.accountId, region });
    return out.KeyMetadata.Enabled;
  } catch {
    return false;
  }
}

/** Deletes the replica rows of the given regions (only rows that are this secret's replicas). */
export function dropReplicas(ctx: OperationContext, row: SecretRow, regions: string[]): ReplicaState[] {
  const primaryRegion = row.arn.split(':')[3];
  for (const region of regions) {
    const table = ctx.store.table(secretsTable, { accountId: ctx.accountId, region });
    if (table.get(row.name)?.primaryRegion === primaryRegion) table.delete(row.name);
  }
  return (row.replicas ?? []).filter((r) => !regions.includes(r.region));
}
