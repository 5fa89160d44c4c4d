import type { OperationContext } from '../../define-service.js';
import { required } from '../errors.js';
import { findSecret } from '../model/find-secret.js';
import { addReplicas, type ReplicaRegionType } from '../model/replication.js';
import { replicationStatus } from '../model/secret-output.js';
import { secretsTable } from '../store.js';

export interface ReplicateSecretToRegionsInput {
  SecretId?: string;
  AddReplicaRegions?: ReplicaRegionType[];
  ForceOverwriteReplicaSecret?: boolean;
}

/** Makes the secret a primary with replicas in the given regions (answered InSync at once: Kumo replicates synchronously). */
export async function replicateSecretToRegions(input: ReplicateSecretToRegionsInput, ctx: OperationContext) {
  const row = findSecret(ctx, input.SecretId);
  required(input.AddReplicaRegions, 'addReplicaRegions');
  const replicas = await addReplicas(ctx, row, input.AddReplicaRegions!, input.ForceOverwriteReplicaSecret ?? false);
  const table = ctx.table(secretsTable);
  const fresh = table.get(row.name) ?? row;
  fresh.replicas = replicas;
  table.put(fresh.name, fresh);
  return { ARN: fresh.arn, ReplicationStatus: replicationStatus(fresh) };
}
