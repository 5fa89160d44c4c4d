import type { OperationContext } from '../../define-service.js';
import { resourceNotFound, validation } from '../errors.js';
import { replicaMembers, tableAutoScalingDescription } from '../model/replica-auto-scaling.js';
import { applyAutoScaling, replicaSettingsTable, type AutoScalingUpdate } from '../model/replica-settings.js';
import { requireTableNamed } from '../model/tables.js';

export interface UpdateTableReplicaAutoScalingInput {
  TableName?: string;
  ProvisionedWriteCapacityAutoScalingUpdate?: AutoScalingUpdate;
  GlobalSecondaryIndexUpdates?: Array<{ IndexName?: string; ProvisionedWriteCapacityAutoScalingUpdate?: AutoScalingUpdate }>;
  ReplicaUpdates?: Array<{
    RegionName?: string;
    ReplicaProvisionedReadCapacityAutoScalingUpdate?: AutoScalingUpdate;
    ReplicaGlobalSecondaryIndexUpdates?: Array<{ IndexName?: string; ProvisionedReadCapacityAutoScalingUpdate?: AutoScalingUpdate }>;
  }>;
}

/**
 * Records auto scaling settings for a table's replicas, in the same records
 * UpdateGlobalTableSettings writes: write settings (table and GSIs) apply to every replica, read
 * settings to the replica named. Only recorded and described: Kumo scales nothing.
 */
export function updateTableReplicaAutoScaling(input: UpdateTableReplicaAutoScalingInput, ctx: OperationContext): { TableAutoScalingDescription: Record<string, unknown> } {
  const table = requireTableNamed(ctx, input.TableName);
  if (table.billingMode !== 'PROVISIONED') {
    throw validation('One or more parameter values were invalid: auto scaling cannot be specified when BillingMode is PAY_PER_REQUEST');
  }
  const members = replicaMembers(ctx, table);
  for (const update of input.ReplicaUpdates ?? []) {
    if (!members.some((m) => m.region === update.RegionName)) throw validation(`One or more parameter values were invalid: Table ${table.name} has no replica in region ${update.RegionName}`);
  }
  const gsi = (name: string | undefined): string => {
    if (!table.gsis.some((g) => g.name === name)) throw resourceNotFound(`Requested resource not found: Index: ${name} not found for table: ${table.name}`);
    return name!;
  };
  for (const { region, table: replica, settings } of members) {
    if (input.ProvisionedWriteCapacityAutoScalingUpdate) applyAutoScaling(ctx, settings, replica, 'write', input.ProvisionedWriteCapacityAutoScalingUpdate);
    for (const update of input.GlobalSecondaryIndexUpdates ?? []) {
      if (update.ProvisionedWriteCapacityAutoScalingUpdate) applyAutoScaling(ctx, settings, replica, `write/${gsi(update.IndexName)}`, update.ProvisionedWriteCapacityAutoScalingUpdate);
    }
    for (const update of (input.ReplicaUpdates ?? []).filter((u) => u.RegionName === region)) {
      if (update.ReplicaProvisionedReadCapacityAutoScalingUpdate) applyAutoScaling(ctx, settings, replica, 'read', update.ReplicaProvisionedReadCapacityAutoScalingUpdate);
      for (const index of update.ReplicaGlobalSecondaryIndexUpdates ?? []) {
        if (index.ProvisionedReadCapacityAutoScalingUpdate) applyAutoScaling(ctx, settings, replica, `read/${gsi(index.IndexName)}`, index.ProvisionedReadCapacityAutoScalingUpdate);
      }
    }
  }
  ctx.store.transaction(() => {
    for (const { scope, table: replica, settings } of members) scope.table(replicaSettingsTable).put(replica.name, settings);
  });
  return { TableAutoScalingDescription: tableAutoScalingDescription(ctx, table) };
}
