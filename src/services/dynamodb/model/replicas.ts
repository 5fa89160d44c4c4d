import { randomUUID } from 'node:crypto';
import type { Clock } from '../../../engine/types.js';
import type { ScopeKey, Store, TableDefinition } from '../../../store/types.js';
import { resourceNotFound, validation } from '../errors.js';
import { indexEntriesTable, itemsTable, pitrLogTable, tablesTable, type TableRecord } from '../store.js';
import { dropContributorInsights } from './contributor-insights.js';
import { dropResourcePolicies } from './resource-policy.js';
import { legacyGroupOf, leaveLegacyGroup } from './legacy-global-tables.js';
import { dropReplicaSettings, replicaSettingsTable } from './replica-settings.js';
import { closeStream, openStream, type ItemsContext } from './streams.js';
import { TableItems } from './table-items.js';

/**
 * Global tables (version 2019.11.21) within one Kumo. Every replica is an ordinary table of the
 * same name in its region; each replica's record lists the other regions (`replicas`). Writes are
 * replicated by `TableItems.write` straight through the store, inside the transaction of the
 * original write, so all replicas change together (no replication lag; the last write to commit
 * wins on a key) and each replica gets its own stream record. The internal client was not used:
 * a second request per replica could not share the writer's transaction.
 */

export const GLOBAL_TABLE_VERSION = '2019.11.21';

/** An items context for the same account in another region. */
export function regionContext(store: Store, clock: Clock, accountId: string, region: string): ItemsContext {
  const scope: ScopeKey = { accountId, region };
  return { accountId, region, clock, store, table: <T>(d: TableDefinition<T>) => store.table(d, scope) };
}

function saveGroup(ctx: ItemsContext, members: Map<string, TableRecord>): void {
  const regions = [...members.keys()];
  for (const [region, record] of members) {
    const others = regions.filter((r) => r !== region).sort();
    if (others.length > 0) record.replicas = others;
    else delete record.replicas;
    regionContext(ctx.store, ctx.clock, ctx.accountId, region).table(tablesTable).put(record.name, record);
  }
}

/** The replica group of a table: region -> table record (the given record for its own region). */
function group(ctx: ItemsContext, table: TableRecord): Map<string, TableRecord> {
  const members = new Map<string, TableRecord>([[ctx.region, table]]);
  for (const region of table.replicas ?? []) {
    const record = regionContext(ctx.store, ctx.clock, ctx.accountId, region).table(tablesTable).get(table.name);
    if (record) members.set(region, record);
  }
  return members;
}

/**
 * Adds a replica in `region`: the table's definition (new id and ARN), its items and index entries.
 * Global tables replicate through streams, so the table and every replica get a
 * NEW_AND_OLD_IMAGES stream if they have none. Called inside a store transaction.
 */
export function createReplica(ctx: ItemsContext, table: TableRecord, region: string): void {
  const members = group(ctx, table);
  if (members.has(region)) throw validation(`Failed to create a the new replica of table with name: '${table.name}' because one or more replicas already existed as tables.`);
  const target = regionContext(ctx.store, ctx.clock, ctx.accountId, region);
  if (target.table(tablesTable).get(table.name)) {
    throw validation(`Failed to create a the new replica of table with name: '${table.name}' because one or more replicas already existed as tables.`);
  }
  const now = ctx.clock.now();
  if (table.stream?.enabled && table.stream.viewType !== 'NEW_AND_OLD_IMAGES') {
    throw validation('Table StreamSpecification must be enabled with StreamViewType NEW_AND_OLD_IMAGES to add a replica');
  }
  if (!table.stream?.enabled) openStream(ctx, table, 'NEW_AND_OLD_IMAGES', now);
  const replica: TableRecord = {
    ...structuredClone(table),
    id: randomUUID(),
    arn: `arn:aws:dynamodb:${region}:${ctx.accountId}:table/${table.name}`,
    createdMs: now,
    tags: [],
    deletionProtection: false,
  };
  delete replica.pitr;
  delete replica.restore;
  delete replica.pendingStatus;
  openStream(target, replica, 'NEW_AND_OLD_IMAGES', now);
  const source = new TableItems(ctx, table);
  const copy = new TableItems(target, replica);
  for (const row of source.items.list({ prefix: source.prefix })) {
    copy.items.put(row.key, row.value);
    if (replica.ttl?.enabled) copy.trackExpiry(row.key, undefined, row.value.i);
  }
  for (const index of [...replica.gsis, ...replica.lsis]) copy.backfill(index);
  members.set(region, replica);
  saveGroup(ctx, members);
}

/** Removes the replica in `region` with all its items (ReplicaUpdates Delete, or DeleteTable of a replica). */
export function deleteReplica(ctx: ItemsContext, table: TableRecord, region: string): void {
  const members = group(ctx, table);
  const record = members.get(region);
  if (!record) throw validation(`Update global table operation failed because one or more replicas were not part of the global table.: Replica with region ${region} not found`);
  dropTable(regionContext(ctx.store, ctx.clock, ctx.accountId, region), record);
  leaveLegacyGroup(ctx, table.name, region);
  members.delete(region);
  saveGroup(ctx, members);
}

/** Deletes a table's rows in its region (closing its stream): DeleteTable's store work. */
export function dropTable(ctx: ItemsContext, table: TableRecord): void {
  closeStream(ctx, table, ctx.clock.now());
  ctx.table(pitrLogTable).deleteRange({ prefix: `${table.name}/` });
  ctx.table(itemsTable).deleteRange({ prefix: `${table.name}/` });
  ctx.table(indexEntriesTable).deleteRange({ prefix: `${table.name}/` });
  ctx.table(tablesTable).delete(table.name);
  dropResourcePolicies(ctx, table.name);
  dropContributorInsights(ctx, table.name);
  dropReplicaSettings(ctx, table.name);
}

/** Applies one item change to every other replica, inside the caller's transaction. */
export function replicateWrite(ctx: ItemsContext, table: TableRecord, storeKey: string, next: Parameters<TableItems['write']>[2], byService: boolean): void {
  for (const region of table.replicas ?? []) {
    const target = regionContext(ctx.store, ctx.clock, ctx.accountId, region);
    const record = target.table(tablesTable).get(table.name);
    if (!record) continue;
    const items = new TableItems(target, record, true);
    items.write(storeKey, items.get(storeKey), next, byService);
  }
}

/**
 * DescribeTable's Replicas and GlobalTableVersion, for a table with replicas (a legacy
 * 2017.11.29 member shows neither, as in DynamoDB), with each replica's overrides.
 */
export function replicaDescription(ctx: ItemsContext, table: TableRecord): Record<string, unknown> {
  if (!table.replicas || table.replicas.length === 0 || legacyGroupOf(ctx, table.name)) return {};
  const regions = [ctx.region, ...table.replicas].sort();
  return {
    GlobalTableVersion: GLOBAL_TABLE_VERSION,
    Replicas: regions.map((RegionName) => {
      const scope = regionContext(ctx.store, ctx.clock, ctx.accountId, RegionName);
      const record = RegionName === ctx.region ? table : scope.table(tablesTable).get(table.name);
      const settings = scope.table(replicaSettingsTable).get(table.name);
      const gsis = Object.entries(settings?.gsiReadOverrides ?? {});
      const tableClass = record?.tableClass ?? table.tableClass;
      return {
        RegionName,
        ReplicaStatus: 'ACTIVE',
        ...(settings?.readOverride !== undefined ? { ProvisionedThroughputOverride: { ReadCapacityUnits: settings.readOverride } } : {}),
        ...(gsis.length > 0 ? { GlobalSecondaryIndexes: gsis.map(([IndexName, ReadCapacityUnits]) => ({ IndexName, ProvisionedThroughputOverride: { ReadCapacityUnits } })) } : {}),
        ...(tableClass !== 'STANDARD' ? { ReplicaTableClassSummary: { TableClass: tableClass } } : {}),
      };
    }),
  };
}

export interface ReplicaOverrides {
  RegionName?: string;
  ProvisionedThroughputOverride?: { ReadCapacityUnits?: number };
  GlobalSecondaryIndexes?: Array<{ IndexName?: string; ProvisionedThroughputOverride?: { ReadCapacityUnits?: number } }>;
  TableClassOverride?: string;
}

/**
 * ReplicaUpdates `Update` (and the overrides of `Create`): the replica's own read capacity for the
 * table and its GSIs, and its table class. Write capacity stays the table's (every replica takes
 * every write). KMSMasterKeyId and OnDemandThroughputOverride are accepted and not modelled.
 */
export function updateReplica(ctx: ItemsContext, table: TableRecord, update: ReplicaOverrides): void {
  const region = update.RegionName!;
  const record = group(ctx, table).get(region);
  if (!record) throw validation(`Update global table operation failed because one or more replicas were not part of the global table.: Replica with region ${region} not found`);
  const target = regionContext(ctx.store, ctx.clock, ctx.accountId, region);
  const settings = target.table(replicaSettingsTable).get(table.name) ?? {};
  const now = ctx.clock.now();
  const read = (current: TableRecord['throughput'], units: number | undefined, what: string) => {
    if (units === undefined) return current;
    if (record.billingMode === 'PAY_PER_REQUEST') throw validation(`One or more parameter values were invalid: ${what} is not allowed when BillingMode is PAY_PER_REQUEST`);
    if (units < 1) throw validation(`One or more parameter values were invalid: Given value ${units} for ReadCapacityUnits is out of bounds`);
    const up = units > current.read;
    const down = units < current.read;
    return { ...current, read: units, decreasesToday: current.decreasesToday + (down ? 1 : 0), ...(up ? { lastIncreaseMs: now } : {}), ...(down ? { lastDecreaseMs: now } : {}) };
  };
  if (update.ProvisionedThroughputOverride !== undefined) {
    record.throughput = read(record.throughput, update.ProvisionedThroughputOverride.ReadCapacityUnits, 'ProvisionedThroughputOverride');
    if (update.ProvisionedThroughputOverride.ReadCapacityUnits !== undefined) settings.readOverride = update.ProvisionedThroughputOverride.ReadCapacityUnits;
  }
  for (const index of update.GlobalSecondaryIndexes ?? []) {
    const gsi = record.gsis.find((g) => g.name === index.IndexName);
    if (!gsi) throw resourceNotFound(`Requested resource not found: Index: ${index.IndexName} not found for table: ${table.name}`);
    const units = index.ProvisionedThroughputOverride?.ReadCapacityUnits;
    if (units === undefined) continue;
    gsi.throughput = read(gsi.throughput ?? { read: 0, write: 0, decreasesToday: 0 }, units, 'ProvisionedThroughputOverride');
    settings.gsiReadOverrides = { ...settings.gsiReadOverrides, [gsi.name]: units };
  }
  if (update.TableClassOverride !== undefined) {
    if (update.TableClassOverride !== 'STANDARD' && update.TableClassOverride !== 'STANDARD_INFREQUENT_ACCESS') {
      throw validation(`1 validation error detected: Value '${update.TableClassOverride}' at 'replicaUpdates.1.member.update.tableClassOverride' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD_INFREQUENT_ACCESS, STANDARD]`);
    }
    record.tableClass = update.TableClassOverride;
    settings.tableClassOverride = update.TableClassOverride;
  }
  target.table(tablesTable).put(record.name, record);
  target.table(replicaSettingsTable).put(record.name, settings);
}
