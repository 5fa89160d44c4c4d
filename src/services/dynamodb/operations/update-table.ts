import type { OperationContext } from '../../define-service.js';
import { invalidParameter, limitExceeded, resourceNotFound, validation } from '../errors.js';
import { describeTable } from '../model/describe-table.js';
import { checkViewType, closeStream, openStream } from '../model/streams.js';
import { TableItems } from '../model/table-items.js';
import { checkIndex, checkThroughput, definitionMap, type IndexInput, type ThroughputInput } from '../model/table-schema.js';
import { requireTableNamed, tableNameFromArn } from '../model/tables.js';
import { createReplica, deleteReplica, updateReplica, type ReplicaOverrides } from '../model/replicas.js';
import { legacyGroupOf } from '../model/legacy-global-tables.js';
import { indexEntriesTable, tablesTable, type TableRecord, type Throughput } from '../store.js';

export interface UpdateTableInput {
  TableName?: string;
  AttributeDefinitions?: Array<{ AttributeName?: string; AttributeType?: string }>;
  BillingMode?: 'PROVISIONED' | 'PAY_PER_REQUEST';
  ProvisionedThroughput?: ThroughputInput;
  GlobalSecondaryIndexUpdates?: Array<{ Create?: IndexInput; Delete?: { IndexName?: string }; Update?: { IndexName?: string; ProvisionedThroughput?: ThroughputInput } }>;
  StreamSpecification?: { StreamEnabled?: boolean; StreamViewType?: string };
  DeletionProtectionEnabled?: boolean;
  TableClass?: string;
  ReplicaUpdates?: Array<{ Create?: ReplicaOverrides; Update?: ReplicaOverrides; Delete?: { RegionName?: string } }>;
}

function changedThroughput(current: Throughput, input: ThroughputInput, nowMs: number): Throughput {
  const next = checkThroughput(input, 'PROVISIONED');
  const up = next.read > current.read || next.write > current.write;
  const down = next.read < current.read || next.write < current.write;
  return {
    read: next.read,
    write: next.write,
    decreasesToday: current.decreasesToday + (down ? 1 : 0),
    ...(up ? { lastIncreaseMs: nowMs } : current.lastIncreaseMs !== undefined ? { lastIncreaseMs: current.lastIncreaseMs } : {}),
    ...(down ? { lastDecreaseMs: nowMs } : current.lastDecreaseMs !== undefined ? { lastDecreaseMs: current.lastDecreaseMs } : {}),
  };
}

/** Applies the change at once (GSIs are backfilled in the same transaction); the answer shows UPDATING. */
export function updateTable(input: UpdateTableInput, ctx: OperationContext): { TableDescription: Record<string, unknown> } {
  const current = requireTableNamed(ctx, input.TableName === undefined ? undefined : tableNameFromArn(input.TableName));
  const now = ctx.clock.now();
  const table: TableRecord = structuredClone(current);
  const updates = input.GlobalSecondaryIndexUpdates ?? [];
  if (input.ProvisionedThroughput === undefined && input.BillingMode === undefined && updates.length === 0 && input.StreamSpecification === undefined && input.DeletionProtectionEnabled === undefined && input.TableClass === undefined && input.ReplicaUpdates === undefined) {
    throw validation('At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required');
  }
  if (input.BillingMode !== undefined && input.BillingMode !== table.billingMode) {
    table.billingMode = input.BillingMode;
    if (input.BillingMode === 'PAY_PER_REQUEST') {
      if (input.ProvisionedThroughput !== undefined) checkThroughput(input.ProvisionedThroughput, 'PAY_PER_REQUEST');
      table.payPerRequestSinceMs = now;
      table.throughput = { read: 0, write: 0, decreasesToday: 0 };
      for (const gsi of table.gsis) delete gsi.throughput;
    } else {
      table.throughput = checkThroughput(input.ProvisionedThroughput, 'PROVISIONED');
      for (const gsi of table.gsis) gsi.throughput = { ...table.throughput };
    }
  } else if (input.ProvisionedThroughput !== undefined) {
    if (table.billingMode === 'PAY_PER_REQUEST') checkThroughput(input.ProvisionedThroughput, 'PAY_PER_REQUEST');
    const next = checkThroughput(input.ProvisionedThroughput, 'PROVISIONED');
    if (next.read === table.throughput.read && next.write === table.throughput.write && updates.length === 0) {
      throw validation(
        `The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: ${table.throughput.read}. Requested ReadCapacityUnits: ${next.read}. Current WriteCapacityUnits provisioned for the table: ${table.throughput.write}. Requested WriteCapacityUnits: ${next.write}. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.`,
      );
    }
    table.throughput = changedThroughput(table.throughput, input.ProvisionedThroughput, now);
  }

  const onlineChanges = updates.filter((u) => u.Create || u.Delete).length;
  if (onlineChanges > 1) throw invalidParameter('Only 1 online index can be created or deleted simultaneously per table');
  const definitions = definitionMap([...table.attributeDefinitions, ...(input.AttributeDefinitions ?? []).filter((d) => !table.attributeDefinitions.some((t) => t.AttributeName === d.AttributeName))]);
  const created: string[] = [];
  const deleted: string[] = [];
  for (const update of updates) {
    if (update.Create) {
      const index = checkIndex(update.Create, definitions, table.billingMode, 'global', now);
      if (table.gsis.some((g) => g.name === index.name) || table.lsis.some((l) => l.name === index.name)) {
        throw validation(`Attempting to create an index which already exists`);
      }
      if (table.gsis.length >= 20) throw limitExceeded('Subscriber limit exceeded: The number of global secondary indexes exceeds the per-table limit of 20');
      for (const k of index.keySchema) {
        const def = definitions.get(k.AttributeName)!;
        if (!table.attributeDefinitions.some((d) => d.AttributeName === k.AttributeName)) table.attributeDefinitions.push({ AttributeName: k.AttributeName, AttributeType: def });
      }
      table.gsis.push(index);
      created.push(index.name);
    } else if (update.Delete) {
      const name = update.Delete.IndexName;
      if (!table.gsis.some((g) => g.name === name)) throw resourceNotFound(`Requested resource not found: Index: ${name} not found for table: ${table.name}`);
      table.gsis = table.gsis.filter((g) => g.name !== name);
      deleted.push(name!);
    } else if (update.Update) {
      const gsi = table.gsis.find((g) => g.name === update.Update!.IndexName);
      if (!gsi) throw resourceNotFound(`Requested resource not found: Index: ${update.Update.IndexName} not found for table: ${table.name}`);
      if (table.billingMode === 'PAY_PER_REQUEST') checkThroughput(update.Update.ProvisionedThroughput, 'PAY_PER_REQUEST', gsi.name);
      gsi.throughput = changedThroughput(gsi.throughput ?? { read: 0, write: 0, decreasesToday: 0 }, update.Update.ProvisionedThroughput ?? {}, now);
    }
  }
  // Attribute definitions only an index used go with it.
  const used = new Set([...table.keySchema, ...table.gsis.flatMap((g) => g.keySchema), ...table.lsis.flatMap((l) => l.keySchema)].map((k) => k.AttributeName));
  table.attributeDefinitions = table.attributeDefinitions.filter((d) => used.has(d.AttributeName));

  const stream = input.StreamSpecification;
  if (stream !== undefined) {
    if (stream.StreamEnabled && table.stream?.enabled) throw validation(`Table already has an enabled stream: ${table.arn}/stream/${table.stream.label}`);
    if (!stream.StreamEnabled && !table.stream?.enabled) throw validation('Table already has no stream enabled');
    if (stream.StreamEnabled) checkViewType(stream.StreamViewType);
  }
  if (input.DeletionProtectionEnabled !== undefined) table.deletionProtection = input.DeletionProtectionEnabled;
  if (input.TableClass !== undefined) table.tableClass = input.TableClass;

  ctx.store.transaction(() => {
    if (stream !== undefined) {
      if (stream.StreamEnabled) openStream(ctx, table, stream.StreamViewType!, now);
      else {
        closeStream(ctx, table, now);
        table.stream = { enabled: false };
      }
    }
    ctx.table(tablesTable).put(table.name, table);
    for (const name of deleted) ctx.table(indexEntriesTable).deleteRange({ prefix: `${table.name}/${name}/` });
    if (created.length > 0) {
      const items = new TableItems(ctx, table);
      for (const name of created) items.backfill(table.gsis.find((g) => g.name === name)!);
    }
    for (const update of input.ReplicaUpdates ?? []) {
      const region = (update.Create ?? update.Update ?? update.Delete)?.RegionName;
      if (region === undefined || [update.Create, update.Update, update.Delete].filter((u) => u !== undefined).length !== 1) {
        throw validation('One or more parameter values were invalid: ReplicaUpdates must have exactly one of Create, Update or Delete with a RegionName');
      }
      if (region === ctx.region) throw validation('Cannot add, delete, or update the local region through ReplicaUpdates. Use CreateTable, DeleteTable, or UpdateTable as required.');
      if (legacyGroupOf(ctx, table.name)) throw validation('One or more parameter values were invalid: ReplicaUpdates are not supported for global tables version 2017.11.29; use UpdateGlobalTable');
      // Each call re-reads the group, so keep this region's record current between updates.
      if (update.Create) {
        createReplica(ctx, table, region);
        const { ProvisionedThroughputOverride, GlobalSecondaryIndexes, TableClassOverride } = update.Create;
        if (ProvisionedThroughputOverride || GlobalSecondaryIndexes || TableClassOverride) {
          updateReplica(ctx, ctx.table(tablesTable).get(table.name)!, update.Create);
        }
      } else if (update.Update) updateReplica(ctx, table, update.Update);
      else deleteReplica(ctx, table, region);
      const saved = ctx.table(tablesTable).get(table.name);
      if (!saved) return;
      Object.assign(table, saved);
      if (!saved.replicas) delete table.replicas;
    }
  });
  return { TableDescription: describeTable(ctx, table, 'UPDATING', created) };
}
