import type { BackupRow } from '../store.js';

export function backupDetails(b: BackupRow, status: string): Record<string, unknown> {
  return {
    BackupArn: b.arn,
    BackupName: b.name,
    BackupSizeBytes: b.sizeBytes,
    BackupStatus: status,
    BackupType: 'USER',
    BackupCreationDateTime: new Date(b.createdMs),
  };
}

/** DescribeBackup's BackupDescription: the backup, its source table, and the table's features then. */
export function backupDescription(b: BackupRow, status: string): Record<string, unknown> {
  const t = b.table;
  return {
    BackupDetails: backupDetails(b, status),
    SourceTableDetails: {
      TableName: t.name,
      TableId: t.id,
      TableArn: t.arn,
      TableSizeBytes: b.sizeBytes,
      KeySchema: t.keySchema,
      TableCreationDateTime: new Date(t.createdMs),
      ProvisionedThroughput: { ReadCapacityUnits: t.throughput.read, WriteCapacityUnits: t.throughput.write },
      ItemCount: b.itemCount,
      BillingMode: t.billingMode,
    },
    SourceTableFeatureDetails: {
      ...(t.lsis.length > 0 ? { LocalSecondaryIndexes: t.lsis.map((i) => ({ IndexName: i.name, KeySchema: i.keySchema, Projection: i.projection })) } : {}),
      ...(t.gsis.length > 0
        ? {
            GlobalSecondaryIndexes: t.gsis.map((i) => ({
              IndexName: i.name,
              KeySchema: i.keySchema,
              Projection: i.projection,
              ...(i.throughput ? { ProvisionedThroughput: { ReadCapacityUnits: i.throughput.read, WriteCapacityUnits: i.throughput.write } } : {}),
            })),
          }
        : {}),
      ...(t.stream?.enabled ? { StreamDescription: { StreamEnabled: true, StreamViewType: t.stream.viewType } } : {}),
      ...(t.ttl?.enabled ? { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: t.ttl.attributeName } } : {}),
    },
  };
}
