import type { OperationContext } from '../../define-service.js';
import { replicaDescription } from './replicas.js';
import { indexEntriesTable, itemsTable, type IndexRecord, type TableRecord, type Throughput } from '../store.js';

function throughputDescription(t: Throughput): Record<string, unknown> {
  return {
    NumberOfDecreasesToday: t.decreasesToday,
    ReadCapacityUnits: t.read,
    WriteCapacityUnits: t.write,
    ...(t.lastIncreaseMs !== undefined ? { LastIncreaseDateTime: new Date(t.lastIncreaseMs) } : {}),
    ...(t.lastDecreaseMs !== undefined ? { LastDecreaseDateTime: new Date(t.lastDecreaseMs) } : {}),
  };
}

/** Count and bytes of a key range; DynamoDB refreshes these every few hours, Kumo on every call. */
function usage(rows: Array<{ value: { s: number } }>): { count: number; bytes: number } {
  let bytes = 0;
  for (const row of rows) bytes += row.value.s;
  return { count: rows.length, bytes };
}

function indexDescription(ctx: OperationContext, table: TableRecord, index: IndexRecord, kind: 'global' | 'local', status: string): Record<string, unknown> {
  const { count, bytes } = usage(ctx.table(indexEntriesTable).list({ prefix: `${table.name}/${index.name}/` }));
  return {
    IndexName: index.name,
    KeySchema: index.keySchema,
    Projection: index.projection,
    ...(kind === 'global' ? { IndexStatus: status } : {}),
    ...(kind === 'global' ? { ProvisionedThroughput: throughputDescription(index.throughput ?? { read: 0, write: 0, decreasesToday: 0 }) } : {}),
    ...(kind === 'global' && status === 'CREATING' ? { Backfilling: false } : {}),
    IndexSizeBytes: bytes,
    ItemCount: count,
    IndexArn: `${table.arn}/index/${index.name}`,
  };
}

/**
 * The TableDescription DynamoDB returns. `status` overrides ACTIVE for the answer of the call
 * that changed the table (CREATING, UPDATING, DELETING): Kumo applies changes at once, so the
 * next call already sees ACTIVE. `creatingIndexes` marks GSIs added by this UpdateTable.
 */
export function describeTable(ctx: OperationContext, table: TableRecord, status = 'ACTIVE', creatingIndexes: string[] = []): Record<string, unknown> {
  const { count, bytes } = usage(ctx.table(itemsTable).list({ prefix: `${table.name}/` }));
  return {
    AttributeDefinitions: table.attributeDefinitions,
    TableName: table.name,
    KeySchema: table.keySchema,
    TableStatus: status,
    CreationDateTime: new Date(table.createdMs),
    ProvisionedThroughput: throughputDescription(table.throughput),
    TableSizeBytes: bytes,
    ItemCount: count,
    TableArn: table.arn,
    TableId: table.id,
    ...(table.billingMode === 'PAY_PER_REQUEST'
      ? { BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: new Date(table.payPerRequestSinceMs ?? table.createdMs) } }
      : {}),
    ...(table.lsis.length > 0 ? { LocalSecondaryIndexes: table.lsis.map((i) => indexDescription(ctx, table, i, 'local', 'ACTIVE')) } : {}),
    ...(table.gsis.length > 0
      ? { GlobalSecondaryIndexes: table.gsis.map((i) => indexDescription(ctx, table, i, 'global', creatingIndexes.includes(i.name) ? 'CREATING' : status === 'CREATING' ? 'CREATING' : 'ACTIVE')) }
      : {}),
    ...(table.stream?.enabled
      ? {
          StreamSpecification: { StreamEnabled: true, StreamViewType: table.stream.viewType },
          LatestStreamLabel: table.stream.label,
          LatestStreamArn: `${table.arn}/stream/${table.stream.label}`,
        }
      : {}),
    ...(table.tableClass !== 'STANDARD' ? { TableClassSummary: { TableClass: table.tableClass } } : {}),
    ...(table.restore
      ? {
          RestoreSummary: {
            ...(table.restore.sourceBackupArn ? { SourceBackupArn: table.restore.sourceBackupArn } : {}),
            SourceTableArn: table.restore.sourceTableArn,
            RestoreDateTime: new Date(table.restore.restoreMs),
            // Kumo restores at once: only the answer of the restoring call shows it in progress.
            RestoreInProgress: status === 'CREATING',
          },
        }
      : {}),
    ...replicaDescription(ctx, table),
    DeletionProtectionEnabled: table.deletionProtection,
  };
}
