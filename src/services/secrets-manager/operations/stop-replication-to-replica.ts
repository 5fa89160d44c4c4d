import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { openValue, sealValue } from '../model/secret-values.js';
import { secretsTable, type SecretRow } from '../store.js';

/**
 * Called in a replica's region: the replica becomes a standalone secret with a copy of the
 * primary's versions (re-encrypted under the replica's key and ARN), and leaves the primary's list.
 */
export async function stopReplicationToReplica(input: { SecretId?: string }, ctx: OperationContext) {
  const view = findSecret(ctx, input.SecretId);
  if (view.source === undefined || view.primaryRegion === undefined) {
    throw invalidParameter('The secret is not a replica secret. You can only call StopReplicationToReplica on a replica secret.');
  }
  const versions: SecretRow['versions'] = {};
  for (const [id, version] of Object.entries(view.versions)) {
    if (!version.value) {
      versions[id] = { ...version };
      continue;
    }
    const plain = await openValue(ctx, view.source.arn, id, version.value, view.source.region);
    const sealed = await sealValue(ctx, view.kmsKeyId, view.arn, id, plain, version.value.binary);
    versions[id] = { ...version, value: sealed.value, ...(sealed.keyArn ? { kmsKeyArn: sealed.keyArn } : {}) };
  }
  const { source: _source, primaryRegion, replicas: _replicas, rotation: _rotation, ...standalone } = view;
  const now = ctx.clock.now();
  ctx.table(secretsTable).put(view.name, { ...standalone, versions, lastChangedMs: now });
  const primaries = ctx.store.table(secretsTable, { accountId: ctx.accountId, region: primaryRegion });
  const primary = primaries.get(view.name);
  if (primary?.replicas) {
    primary.replicas = primary.replicas.filter((r) => r.region !== ctx.region);
    if (primary.replicas.length === 0) delete primary.replicas;
    primaries.put(primary.name, primary);
  }
  return { ARN: view.arn };
}
