import type { OperationContext } from '../../define-service.js';
import { required, validation } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { dropReplicas } from '../model/replication.js';
import { replicationStatus } from '../model/secret-output.js';
import { secretsTable } from '../store.js';

/** Deletes the replicas in the given regions; the answer lists the replicas left. */
export function removeRegionsFromReplication(input: { SecretId?: string; RemoveReplicaRegions?: string[] }, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  required(input.RemoveReplicaRegions, 'removeReplicaRegions');
  if (input.RemoveReplicaRegions!.length < 1) throw validation(input.RemoveReplicaRegions, 'removeReplicaRegions', 'Member must have length greater than or equal to 1');
  const left = dropReplicas(ctx, row, input.RemoveReplicaRegions!);
  const table = ctx.table(secretsTable);
  const fresh = table.get(row.name) ?? row;
  if (left.length > 0) fresh.replicas = left;
  else delete fresh.replicas;
  table.put(fresh.name, fresh);
  return { ARN: fresh.arn, ReplicationStatus: replicationStatus(fresh) };
}
