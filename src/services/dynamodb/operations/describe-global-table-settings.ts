import type { OperationContext } from '../../define-service.js';
import { legacyGroup, memberTable, type LegacyGlobalTableRow } from '../model/legacy-global-tables.js';
import { regionContext } from '../model/replicas.js';
import { autoScalingOf, replicaSettingsTable } from '../model/replica-settings.js';

/** Each replica's billing mode, capacity, recorded auto scaling and GSI settings. */
export function globalTableSettings(ctx: OperationContext, row: LegacyGlobalTableRow): Record<string, unknown> {
  return {
    GlobalTableName: row.name,
    ReplicaSettings: row.regions.map((region) => {
      const table = memberTable(ctx, row.name, region);
      if (!table) return { RegionName: region, ReplicaStatus: 'DELETING' };
      const settings = regionContext(ctx.store, ctx.clock, ctx.accountId, region).table(replicaSettingsTable).get(row.name);
      const provisioned = table.billingMode === 'PROVISIONED';
      return {
        RegionName: region,
        ReplicaStatus: 'ACTIVE',
        ReplicaBillingModeSummary: {
          BillingMode: table.billingMode,
          ...(table.billingMode === 'PAY_PER_REQUEST' ? { LastUpdateToPayPerRequestDateTime: new Date(table.payPerRequestSinceMs ?? table.createdMs) } : {}),
        },
        ReplicaProvisionedReadCapacityUnits: provisioned ? table.throughput.read : 0,
        ReplicaProvisionedReadCapacityAutoScalingSettings: autoScalingOf(settings, 'read'),
        ReplicaProvisionedWriteCapacityUnits: provisioned ? table.throughput.write : 0,
        ReplicaProvisionedWriteCapacityAutoScalingSettings: autoScalingOf(settings, 'write'),
        ReplicaGlobalSecondaryIndexSettings: table.gsis.map((gsi) => ({
          IndexName: gsi.name,
          IndexStatus: 'ACTIVE',
          ProvisionedReadCapacityUnits: gsi.throughput?.read ?? 0,
          ProvisionedReadCapacityAutoScalingSettings: autoScalingOf(settings, `read/${gsi.name}`),
          ProvisionedWriteCapacityUnits: gsi.throughput?.write ?? 0,
          ProvisionedWriteCapacityAutoScalingSettings: autoScalingOf(settings, `write/${gsi.name}`),
        })),
        ...(table.tableClass !== 'STANDARD' ? { ReplicaTableClassSummary: { TableClass: table.tableClass } } : {}),
      };
    }),
  };
}

export function describeGlobalTableSettings(input: { GlobalTableName?: string }, ctx: OperationContext): Record<string, unknown> {
  return globalTableSettings(ctx, legacyGroup(ctx, input.GlobalTableName, false));
}
