import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { tableAlreadyExists, validation } from '../errors.js';
import type { AttributeMap } from './attribute-value.js';
import { describeTable } from './describe-table.js';
import { TableItems } from './table-items.js';
import { checkIndex, checkName, checkThroughput, definitionMap, type IndexInput, type ThroughputInput } from './table-schema.js';
import { tablesTable, type TableRecord } from '../store.js';

export interface RestoreOverrides {
  TargetTableName?: string;
  BillingModeOverride?: string;
  ProvisionedThroughputOverride?: ThroughputInput;
  GlobalSecondaryIndexOverride?: IndexInput[];
  LocalSecondaryIndexOverride?: IndexInput[];
}

/**
 * Makes a new table from a source definition and its items, as both restores do: keys, indexes
 * and billing carry over (or the overrides replace them); streams, TTL, tags, PITR and deletion
 * protection do not, as in DynamoDB. Items and index entries are written in one transaction.
 */
export function restoreTable(
  ctx: OperationContext,
  source: TableRecord,
  overrides: RestoreOverrides,
  items: Iterable<AttributeMap>,
  restore: NonNullable<TableRecord['restore']>,
): { TableDescription: Record<string, unknown> } {
  const name = checkName(overrides.TargetTableName, 'targetTableName');
  const tables = ctx.table(tablesTable);
  if (tables.has(name)) throw tableAlreadyExists(name);
  const now = ctx.clock.now();
  const billingMode = (overrides.BillingModeOverride ?? source.billingMode) as TableRecord['billingMode'];
  if (billingMode !== 'PROVISIONED' && billingMode !== 'PAY_PER_REQUEST') {
    throw validation(`1 validation error detected: Value '${String(billingMode)}' at 'billingModeOverride' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]`);
  }
  const throughput =
    overrides.ProvisionedThroughputOverride !== undefined
      ? checkThroughput(overrides.ProvisionedThroughputOverride, billingMode)
      : billingMode === 'PAY_PER_REQUEST'
        ? { read: 0, write: 0, decreasesToday: 0 }
        : source.billingMode === 'PROVISIONED'
          ? { read: source.throughput.read, write: source.throughput.write, decreasesToday: 0 }
          : checkThroughput(undefined, billingMode);
  const definitions = definitionMap(source.attributeDefinitions);
  const gsis = overrides.GlobalSecondaryIndexOverride?.map((i) => checkIndex(i, definitions, billingMode, 'global', now)) ?? source.gsis.map((g) => ({ ...g, createdMs: now }));
  const lsis = overrides.LocalSecondaryIndexOverride?.map((i) => checkIndex(i, definitions, billingMode, 'local', now)) ?? source.lsis.map((l) => ({ ...l, createdMs: now }));
  const table: TableRecord = {
    name,
    id: randomUUID(),
    arn: `arn:aws:dynamodb:${ctx.region}:${ctx.accountId}:table/${name}`,
    createdMs: now,
    keySchema: source.keySchema,
    attributeDefinitions: source.attributeDefinitions,
    billingMode,
    ...(billingMode === 'PAY_PER_REQUEST' ? { payPerRequestSinceMs: now } : {}),
    throughput,
    gsis: billingMode === 'PAY_PER_REQUEST' ? gsis.map(({ throughput: _t, ...g }) => g) : gsis.map((g) => ({ ...g, throughput: g.throughput ?? { ...throughput } })),
    lsis,
    tags: [],
    deletionProtection: false,
    tableClass: source.tableClass,
    restore,
  };
  ctx.store.transaction(() => {
    tables.put(name, table);
    const writer = new TableItems(ctx, table);
    for (const item of items) writer.write(writer.storeKey(item), undefined, item);
  });
  return { TableDescription: describeTable(ctx, table, 'CREATING') };
}
