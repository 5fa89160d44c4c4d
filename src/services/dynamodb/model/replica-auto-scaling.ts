import type { OperationContext } from '../../define-service.js';
import { tablesTable, type TableRecord } from '../store.js';
import { legacyGroupOf } from './legacy-global-tables.js';
import { regionContext } from './replicas.js';
import { autoScalingOf, replicaSettingsTable, type ReplicaSettingsRow } from './replica-settings.js';
import type { ItemsContext } from './streams.js';

/** One replica of a table: its region's context, table and recorded settings. */
export interface ReplicaMember {
  region: string;
  scope: ItemsContext;
  table: TableRecord;
  settings: ReplicaSettingsRow;
}

/**
 * A table's replicas, in the order DescribeGlobalTableSettings lists them for a legacy global
 * table (its group's regions), else this region then the others; a table without replicas is its
 * own only replica. Tables and settings are copies, for an update to change and put back.
 */
export function replicaMembers(ctx: OperationContext, table: TableRecord): ReplicaMember[] {
  const regions = legacyGroupOf(ctx, table.name)?.regions ?? [ctx.region, ...(table.replicas ?? [])];
  const members: ReplicaMember[] = [];
  for (const region of regions) {
    const scope = regionContext(ctx.store, ctx.clock, ctx.accountId, region);
    const replica = scope.table(tablesTable).get(table.name);
    if (!replica) continue;
    members.push({ region, scope, table: structuredClone(replica), settings: structuredClone(scope.table(replicaSettingsTable).get(table.name)) ?? {} });
  }
  return members;
}

/**
 * TableAutoScalingDescription: the auto scaling settings recorded for each replica, the same
 * records DescribeGlobalTableSettings shows. Kumo has no Application Auto Scaling: nothing scales.
 */
export function tableAutoScalingDescription(ctx: OperationContext, table: TableRecord): Record<string, unknown> {
  return {
    TableName: table.name,
    TableStatus: 'ACTIVE',
    Replicas: replicaMembers(ctx, table).map(({ region, table: replica, settings }) => ({
      RegionName: region,
      GlobalSecondaryIndexes: replica.gsis.map((gsi) => ({
        IndexName: gsi.name,
        IndexStatus: 'ACTIVE',
        ProvisionedReadCapacityAutoScalingSettings: autoScalingOf(settings, `read/${gsi.name}`),
        ProvisionedWriteCapacityAutoScalingSettings: autoScalingOf(settings, `write/${gsi.name}`),
      })),
      ReplicaProvisionedReadCapacityAutoScalingSettings: autoScalingOf(settings, 'read'),
      ReplicaProvisionedWriteCapacityAutoScalingSettings: autoScalingOf(settings, 'write'),
      ReplicaStatus: 'ACTIVE',
    })),
  };
}
