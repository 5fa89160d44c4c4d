import { AwsError } from '../../../shared/aws-error.js';
import type { OperationContext } from '../../define-service.js';
import { invalidParameter, validation } from '../errors.js';
import { legacyGroup } from '../model/legacy-global-tables.js';
import { regionContext } from '../model/replicas.js';
import { applyAutoScaling, replicaSettingsTable, type AutoScalingUpdate, type ReplicaSettingsRow } from '../model/replica-settings.js';
import { checkThroughput } from '../model/table-schema.js';
import { tablesTable, type TableRecord, type Throughput } from '../store.js';
import { globalTableSettings } from './describe-global-table-settings.js';

export interface UpdateGlobalTableSettingsInput {
  GlobalTableName?: string;
  GlobalTableBillingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST';
  GlobalTableProvisionedWriteCapacityUnits?: number;
  GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate?: AutoScalingUpdate;
  GlobalTableGlobalSecondaryIndexSettingsUpdate?: Array<{ IndexName?: string; ProvisionedWriteCapacityUnits?: number; ProvisionedWriteCapacityAutoScalingSettingsUpdate?: AutoScalingUpdate }>;
  ReplicaSettingsUpdate?: Array<{
    RegionName?: string;
    ReplicaProvisionedReadCapacityUnits?: number;
    ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate?: AutoScalingUpdate;
    ReplicaGlobalSecondaryIndexSettingsUpdate?: Array<{ IndexName?: string; ProvisionedReadCapacityUnits?: number; ProvisionedReadCapacityAutoScalingSettingsUpdate?: AutoScalingUpdate }>;
    ReplicaTableClass?: string;
  }>;
}

/** A capacity change, recording the increase or decrease as UpdateTable does. */
function changed(current: Throughput, read: number, write: number, nowMs: number, indexName?: string): Throughput {
  checkThroughput({ ReadCapacityUnits: read, WriteCapacityUnits: write }, 'PROVISIONED', indexName);
  const up = read > current.read || write > current.write;
  const down = read < current.read || write < current.write;
  return {
    read,
    write,
    decreasesToday: current.decreasesToday + (down ? 1 : 0),
    ...(up ? { lastIncreaseMs: nowMs } : current.lastIncreaseMs !== undefined ? { lastIncreaseMs: current.lastIncreaseMs } : {}),
    ...(down ? { lastDecreaseMs: nowMs } : current.lastDecreaseMs !== undefined ? { lastDecreaseMs: current.lastDecreaseMs } : {}),
  };
}

function indexNotFound(name: string | undefined): AwsError {
  return new AwsError('IndexNotFoundException', `The index ${name} does not exist`);
}

/**
 * Capacity of a legacy global table: billing mode, write capacity and write auto scaling apply to
 * every replica (replicated writes cost each replica the same); read capacity, read auto scaling
 * and table class are per replica. All replicas change in one store transaction.
 */
export function updateGlobalTableSettings(input: UpdateGlobalTableSettingsInput, ctx: OperationContext): Record<string, unknown> {
  const row = legacyGroup(ctx, input.GlobalTableName, false);
  const now = ctx.clock.now();
  const replicaUpdates = input.ReplicaSettingsUpdate ?? [];
  for (const update of replicaUpdates) {
    if (!row.regions.includes(update.RegionName ?? '')) throw new AwsError('ReplicaNotFoundException', `Replica not found in region: ${update.RegionName}`);
  }
  const members = row.regions.map((region) => {
    const scope = regionContext(ctx.store, ctx.clock, ctx.accountId, region);
    const table = structuredClone(scope.table(tablesTable).get(row.name)) as TableRecord | undefined;
    const settings: ReplicaSettingsRow = structuredClone(scope.table(replicaSettingsTable).get(row.name)) ?? {};
    return { region, scope, table, settings };
  });
  for (const { region, table, settings } of members) {
    if (!table) continue;
    const mode = input.GlobalTableBillingMode ?? table.billingMode;
    if (mode !== table.billingMode) {
      table.billingMode = mode;
      if (mode === 'PAY_PER_REQUEST') {
        table.payPerRequestSinceMs = now;
        table.throughput = { read: 0, write: 0, decreasesToday: 0 };
        for (const gsi of table.gsis) delete gsi.throughput;
      } else {
        const read = replicaUpdates.find((u) => u.RegionName === region)?.ReplicaProvisionedReadCapacityUnits;
        if (read === undefined || input.GlobalTableProvisionedWriteCapacityUnits === undefined) {
          throw invalidParameter('ReplicaProvisionedReadCapacityUnits and GlobalTableProvisionedWriteCapacityUnits must be specified when switching to PROVISIONED');
        }
        table.throughput = changed({ read: 0, write: 0, decreasesToday: 0 }, read, input.GlobalTableProvisionedWriteCapacityUnits, now);
        for (const gsi of table.gsis) gsi.throughput = { ...table.throughput };
      }
    }
    const provisioned = table.billingMode === 'PROVISIONED';
    const needsProvisioned = (what: string) => {
      if (!provisioned) throw validation(`One or more parameter values were invalid: ${what} cannot be specified when BillingMode is PAY_PER_REQUEST`);
    };
    if (input.GlobalTableProvisionedWriteCapacityUnits !== undefined) {
      needsProvisioned('GlobalTableProvisionedWriteCapacityUnits');
      table.throughput = changed(table.throughput, table.throughput.read, input.GlobalTableProvisionedWriteCapacityUnits, now);
    }
    if (input.GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate) {
      needsProvisioned('GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate');
      applyAutoScaling(ctx, settings, table, 'write', input.GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate);
    }
    for (const update of input.GlobalTableGlobalSecondaryIndexSettingsUpdate ?? []) {
      const gsi = table.gsis.find((g) => g.name === update.IndexName);
      if (!gsi) throw indexNotFound(update.IndexName);
      needsProvisioned('ProvisionedWriteCapacityUnits');
      if (update.ProvisionedWriteCapacityUnits !== undefined) gsi.throughput = changed(gsi.throughput!, gsi.throughput!.read, update.ProvisionedWriteCapacityUnits, now, gsi.name);
      if (update.ProvisionedWriteCapacityAutoScalingSettingsUpdate) applyAutoScaling(ctx, settings, table, `write/${gsi.name}`, update.ProvisionedWriteCapacityAutoScalingSettingsUpdate);
    }
    for (const update of replicaUpdates.filter((u) => u.RegionName === region)) {
      if (update.ReplicaProvisionedReadCapacityUnits !== undefined) {
        needsProvisioned('ReplicaProvisionedReadCapacityUnits');
        table.throughput = changed(table.throughput, update.ReplicaProvisionedReadCapacityUnits, table.throughput.write, now);
      }
      if (update.ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate) {
        needsProvisioned('ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate');
        applyAutoScaling(ctx, settings, table, 'read', update.ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate);
      }
      for (const indexUpdate of update.ReplicaGlobalSecondaryIndexSettingsUpdate ?? []) {
        const gsi = table.gsis.find((g) => g.name === indexUpdate.IndexName);
        if (!gsi) throw indexNotFound(indexUpdate.IndexName);
        needsProvisioned('ProvisionedReadCapacityUnits');
        if (indexUpdate.ProvisionedReadCapacityUnits !== undefined) gsi.throughput = changed(gsi.throughput!, indexUpdate.ProvisionedReadCapacityUnits, gsi.throughput!.write, now, gsi.name);
        if (indexUpdate.ProvisionedReadCapacityAutoScalingSettingsUpdate) applyAutoScaling(ctx, settings, table, `read/${gsi.name}`, indexUpdate.ProvisionedReadCapacityAutoScalingSettingsUpdate);
      }
      if (update.ReplicaTableClass !== undefined) table.tableClass = update.ReplicaTableClass;
    }
  }
  ctx.store.transaction(() => {
    for (const { scope, table, settings } of members) {
      if (!table) continue;
      scope.table(tablesTable).put(table.name, table);
      scope.table(replicaSettingsTable).put(table.name, settings);
    }
  });
  return globalTableSettings(ctx, row);
}
