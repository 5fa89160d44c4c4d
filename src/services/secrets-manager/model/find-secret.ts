import type { OperationContext } from '../../define-service.js';
import { invalidParameter, markedForDeletion, notFound, required, validation } from '../errors.js';
import { secretsTable, type SecretRow } from '../store.js';

/**
 * A secret by name, full ARN, or partial ARN (without the six-character suffix). Secrets past
 * their deletion date are gone even before the sweep runs.
 */
export function findSecret(ctx: OperationContext, secretId: unknown, options: { allowDeleted?: boolean } = {}): SecretRow {
  required(secretId, 'secretId');
  const id = String(secretId);
  if (id.length < 1 || id.length > 2048) throw validation(id, 'secretId', 'Member must have length between 1 and 2048');
  const table = ctx.table(secretsTable);
  let row: SecretRow | undefined;
  if (id.startsWith('arn:')) {
    const name = id.split(':secret:')[1];
    if (name !== undefined) {
      // A full ARN ends with "-" and six characters that are not part of the name.
      const full = /^(.*)-[A-Za-z0-9]{6}$/.exec(name);
      if (full) {
        const candidate = table.get(full[1]);
        if (candidate?.arn === id) row = candidate;
      }
      if (!row) {
        const candidate = table.get(name);
        if (candidate && candidate.arn.startsWith(`${id}-`)) row = candidate;
      }
    }
  } else {
    row = table.get(id);
  }
  if (!row) throw notFound();
  if (row.deletionMs !== undefined && row.deletionMs <= ctx.clock.now()) {
    table.delete(row.name);
    throw notFound();
  }
  if (row.deletedMs !== undefined && !options.allowDeleted) throw markedForDeletion();
  if (row.primaryRegion !== undefined && !REPLICA_OPERATIONS.has(ctx.operation)) {
    throw invalidParameter("Operation not permitted on a replica secret. Call must be made in primary secret's region.");
  }
  return replicaView(ctx, row) ?? notFoundRow();
}

/** What a replica answers in its own region: reads, and StopReplicationToReplica. */
const REPLICA_OPERATIONS = new Set(['GetSecretValue', 'BatchGetSecretValue', 'DescribeSecret', 'ListSecretVersionIds', 'ListSecrets', 'GetResourcePolicy', 'StopReplicationToReplica']);

function notFoundRow(): never {
  throw notFound();
}

/**
 * A replica reads through to its primary (so it is always in sync): the primary's versions,
 * description, tags and policy, under the replica's ARN and key. Values stay sealed under the
 * primary's key and ARN (`source`), which reads use to decrypt. Undefined when the primary is gone.
 */
export function replicaView(ctx: Pick<OperationContext, 'store' | 'accountId'>, row: SecretRow): SecretRow | undefined {
  if (row.primaryRegion === undefined) return row;
  const primary = ctx.store.table(secretsTable, { accountId: ctx.accountId, region: row.primaryRegion }).get(row.name);
  if (!primary) return undefined;
  const { replicas: _replicas, kmsKeyId: _key, ...shared } = primary;
  return {
    ...shared,
    arn: row.arn,
    primaryRegion: row.primaryRegion,
    source: { region: row.primaryRegion, arn: primary.arn },
    ...(row.kmsKeyId !== undefined ? { kmsKeyId: row.kmsKeyId } : {}),
    ...(row.lastAccessedMs !== undefined ? { lastAccessedMs: row.lastAccessedMs } : {}),
  };
}
