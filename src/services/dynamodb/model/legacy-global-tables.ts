import { AwsError } from '../../../shared/aws-error.js';
import { defineTable } from '../../../store/types.js';
import { invalidParameter } from '../errors.js';
import { itemsTable, tablesTable, type TableRecord } from '../store.js';
import { regionContext } from './replicas.js';
import type { ItemsContext } from './streams.js';

/**
 * Global tables version 2017.11.29 (legacy): a named group of same-name tables, one per region,
 * in one account. The group is a row of its own (account scope); replication reuses the
 * 2019.11.21 machinery: each member table's `replicas` lists the other member regions, so
 * `TableItems.write` applies every change to every member in the writer's transaction.
 * AWS no longer lets new legacy groups be made; Kumo keeps the API working as it did.
 */
export interface LegacyGlobalTableRow {
  name: string;
  /** Member regions in the order they joined. */
  regions: string[];
  createdMs: number;
}

export const legacyGlobalTablesTable = defineTable<LegacyGlobalTableRow>({ service: 'dynamodb', name: 'legacy-global-tables', scope: 'account' });

export const LEGACY_VERSION = '2017.11.29';

export function globalTableNotFound(name: string, prefixed: boolean): AwsError {
  const detail = `Global table with name: '${name}' does not exist.`;
  return new AwsError('GlobalTableNotFoundException', prefixed ? `Global table not found: ${detail}` : detail);
}

export function legacyGroup(ctx: ItemsContext, name: string | undefined, prefixed = true): LegacyGlobalTableRow {
  const row = name === undefined ? undefined : ctx.table(legacyGlobalTablesTable).get(name);
  if (!row) throw globalTableNotFound(name ?? '', prefixed);
  return row;
}

/** The legacy group a table belongs to in this region, if any. */
export function legacyGroupOf(ctx: ItemsContext, tableName: string): LegacyGlobalTableRow | undefined {
  const row = ctx.table(legacyGlobalTablesTable).get(tableName);
  return row?.regions.includes(ctx.region) ? row : undefined;
}

export function memberTable(ctx: ItemsContext, name: string, region: string): TableRecord | undefined {
  return regionContext(ctx.store, ctx.clock, ctx.accountId, region).table(tablesTable).get(name);
}

/**
 * Checks that a region's table may join a legacy group: it exists, has a NEW_AND_OLD_IMAGES
 * stream, is empty, belongs to no other global table, and has the key schema and indexes of the
 * group's first table.
 */
export function checkJoining(ctx: ItemsContext, name: string, region: string, model: TableRecord | undefined): TableRecord {
  const target = regionContext(ctx.store, ctx.clock, ctx.accountId, region);
  const table = target.table(tablesTable).get(name);
  if (!table) throw new AwsError('TableNotFoundException', `Table not found: ${name} in region ${region}`);
  if (!table.stream?.enabled || table.stream.viewType !== 'NEW_AND_OLD_IMAGES') {
    throw invalidParameter(`Table: ${name} in region: ${region} must have DynamoDB Streams enabled with StreamViewType NEW_AND_OLD_IMAGES`);
  }
  checkEmpty(ctx, name, region);
  if (table.replicas && table.replicas.length > 0) {
    throw invalidParameter(`Table: ${name} in region: ${region} is already a replica of a global table`);
  }
  if (model) {
    const shape = (t: TableRecord) =>
      JSON.stringify([t.keySchema, t.attributeDefinitions.filter((d) => [...t.keySchema, ...t.gsis.flatMap((g) => g.keySchema), ...t.lsis.flatMap((l) => l.keySchema)].some((k) => k.AttributeName === d.AttributeName)).sort((a, b) => a.AttributeName.localeCompare(b.AttributeName)), t.gsis.map((g) => [g.name, g.keySchema]).sort(), t.lsis.map((l) => [l.name, l.keySchema]).sort()]);
    if (shape(table) !== shape(model)) {
      throw invalidParameter(`Table: ${name} in region: ${region} must have the same key schema and secondary indexes as the other replicas`);
    }
  }
  return table;
}

/** Legacy global tables add replicas only while every replica is empty. */
export function checkEmpty(ctx: ItemsContext, name: string, region: string): void {
  const target = regionContext(ctx.store, ctx.clock, ctx.accountId, region);
  if (target.table(itemsTable).list({ prefix: `${name}/`, limit: 1 }).length > 0) {
    throw invalidParameter(`Table: ${name} in region: ${region} must be empty to join a global table`);
  }
}

/** Points every member table's `replicas` at the other members; `left` tables stop replicating. */
export function linkMembers(ctx: ItemsContext, row: LegacyGlobalTableRow, left: string[] = []): void {
  for (const region of [...row.regions, ...left]) {
    const target = regionContext(ctx.store, ctx.clock, ctx.accountId, region);
    const table = target.table(tablesTable).get(row.name);
    if (!table) continue;
    const others = row.regions.includes(region) ? row.regions.filter((r) => r !== region).sort() : [];
    if (others.length > 0) table.replicas = others;
    else delete table.replicas;
    target.table(tablesTable).put(row.name, table);
  }
}

/** GlobalTableDescription: `status` is CREATING/UPDATING in the answer of the call that changed it. */
export function globalTableDescription(ctx: ItemsContext, row: LegacyGlobalTableRow, status = 'ACTIVE'): Record<string, unknown> {
  return {
    ReplicationGroup: row.regions.map((RegionName) => ({ RegionName })),
    GlobalTableArn: `arn:aws:dynamodb::${ctx.accountId}:global-table/${row.name}`,
    CreationDateTime: new Date(row.createdMs),
    GlobalTableStatus: status,
    GlobalTableName: row.name,
  };
}

/** Keeps a legacy group in step when a member table is deleted. */
export function leaveLegacyGroup(ctx: ItemsContext, tableName: string, region: string): void {
  const groups = ctx.table(legacyGlobalTablesTable);
  const row = groups.get(tableName);
  if (!row || !row.regions.includes(region)) return;
  row.regions = row.regions.filter((r) => r !== region);
  if (row.regions.length === 0) groups.delete(tableName);
  else groups.put(tableName, row);
}
