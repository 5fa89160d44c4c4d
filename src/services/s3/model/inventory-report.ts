import { createHash, randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { OperationContext, ServiceRuntime } from '../../define-service.js';
import { defineTable } from '../../../store/types.js';
import { bucketsTable, objectsTable, versionsTable, type BucketRow, type ObjectRow } from '../store.js';
import { configSetsTable } from './config-sets.js';
import { writeDeliveredObject } from './delivered-object.js';
import { arnBucketName, INVENTORY_OPTIONAL_FIELDS, type InventoryConfiguration } from './inventory-config.js';
import type { EventOrigin } from './notifications.js';
import { backgroundContext } from './s3-runtimes.js';

/** When each inventory configuration last delivered (or was first seen): `<bucket>/<id>` -> epoch ms. */
const deliveriesTable = defineTable<{ lastMs: number }>({ service: 's3', name: 'inventory-deliveries', scope: 'global' });

/** How often (Kumo clock time) the worker looks for inventories that are due. */
export const INVENTORY_CHECK_INTERVAL_MS = 60 * 60_000;
const PERIOD_MS = { Daily: 24 * 60 * 60_000, Weekly: 7 * 24 * 60 * 60_000 };

const quoteCsv = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** One optional field's value for a version, as S3's CSV inventory writes it. */
function fieldValue(field: string, row: ObjectRow): string {
  switch (field) {
    case 'Size': return row.deleteMarker ? '' : String(row.size);
    case 'LastModifiedDate': return new Date(row.lastModifiedMs).toISOString();
    case 'StorageClass': return row.deleteMarker ? '' : row.storageClass;
    case 'ETag': return row.deleteMarker ? '' : row.etag.replace(/"/g, '');
    case 'IsMultipartUploaded': return String((row.partSizes?.length ?? 0) > 0);
    case 'ReplicationStatus': return row.replicationStatus ?? '';
    case 'EncryptionStatus': return row.serverSideEncryption === 'aws:kms' ? 'SSE-KMS' : row.customerKeyMd5 ? 'SSE-C' : 'SSE-S3';
    case 'ObjectLockRetainUntilDate': return row.retention ? new Date(row.retention.untilMs).toISOString() : '';
    case 'ObjectLockMode': return row.retention?.mode ?? '';
    case 'ObjectLockLegalHoldStatus': return row.legalHold ? 'ON' : 'OFF';
    case 'BucketKeyStatus': return row.bucketKeyEnabled ? 'ENABLED' : 'DISABLED';
    case 'ChecksumAlgorithm': return row.checksum?.algorithm ?? '';
    default: return '';
  }
}

function reportRows(ctx: OperationContext, bucket: BucketRow, config: InventoryConfiguration): string[] {
  const prefix = `${bucket.name}/${config.Filter?.Prefix ?? ''}`;
  const all = config.IncludedObjectVersions === 'All' && bucket.versioning !== undefined;
  const rows = all ? ctx.table(versionsTable).list({ prefix }).map((r) => r.value) : ctx.table(objectsTable).list({ prefix }).map((r) => r.value);
  const fields = INVENTORY_OPTIONAL_FIELDS.filter((f) => config.OptionalFields?.includes(f));
  let previousKey: string | undefined;
  return rows.map((row) => {
    const cells = [bucket.name, encodeURIComponent(row.key)];
    if (all) {
      // Versions come newest first per key, so the first row of a key is its latest.
      cells.push(row.versionId, String(row.key !== previousKey), String(row.deleteMarker === true));
      previousKey = row.key;
    }
    for (const field of fields) cells.push(fieldValue(field, row));
    return cells.map(quoteCsv).join(',');
  });
}

function schema(config: InventoryConfiguration, versioned: boolean): string {
  const fields = INVENTORY_OPTIONAL_FIELDS.filter((f) => config.OptionalFields?.includes(f));
  return ['Bucket', 'Key', ...(versioned ? ['VersionId', 'IsLatest', 'IsDeleteMarker'] : []), ...fields].join(', ');
}

/**
 * Writes one CSV inventory (gzipped data file, manifest.json, manifest.checksum, hive symlink)
 * under `<prefix>/<source bucket>/<id>/` in the destination bucket, as S3 lays it out.
 */
export async function writeInventoryReport(ctx: OperationContext, bucket: BucketRow, config: InventoryConfiguration, origin: EventOrigin): Promise<void> {
  const destination = config.Destination.S3BucketDestination;
  const target = arnBucketName(destination.Bucket);
  if (target === undefined || destination.Format !== 'CSV') return;
  const now = ctx.clock.now();
  const base = `${destination.Prefix ? `${destination.Prefix}/` : ''}${bucket.name}/${config.Id}`;
  const data = gzipSync(Buffer.from(reportRows(ctx, bucket, config).map((line) => `${line}\n`).join(''), 'utf8'));
  const dataKey = `${base}/data/${randomUUID()}.csv.gz`;
  await writeDeliveredObject(ctx, target, dataKey, data, 'application/octet-stream', origin);
  const stamp = new Date(now).toISOString().slice(0, 16).replace(':', '-') + 'Z';
  const manifest = Buffer.from(JSON.stringify({
    sourceBucket: bucket.name,
    destinationBucket: destination.Bucket,
    version: '2016-11-30',
    creationTimestamp: String(now),
    fileFormat: 'CSV',
    fileSchema: schema(config, config.IncludedObjectVersions === 'All' && bucket.versioning !== undefined),
    files: [{ key: dataKey, size: data.length, MD5checksum: createHash('md5').update(data).digest('hex') }],
  }, null, 2));
  await writeDeliveredObject(ctx, target, `${base}/${stamp}/manifest.json`, manifest, 'application/json', origin);
  await writeDeliveredObject(ctx, target, `${base}/${stamp}/manifest.checksum`, Buffer.from(createHash('md5').update(manifest).digest('hex')), 'text/plain', origin);
  const hive = `${base}/hive/dt=${new Date(now).toISOString().slice(0, 16).replace('T', '-').replace(':', '-')}/symlink.txt`;
  await writeDeliveredObject(ctx, target, hive, Buffer.from(`s3://${target}/${dataKey}\n`), 'text/plain', origin);
}

/** Delivers every enabled inventory whose period (Daily, Weekly) has passed since its last report or since Kumo first saw it. */
export async function deliverInventories(runtime: ServiceRuntime): Promise<void> {
  const now = runtime.clock.now();
  const scope = { accountId: '000000000000', region: 'us-east-1' };
  const configs = runtime.store.table(configSetsTable, scope).list({ prefix: 'inventory/' });
  const deliveries = runtime.store.table(deliveriesTable, scope);
  for (const { key, value } of configs) {
    const config = value.config as unknown as InventoryConfiguration;
    const bucket = runtime.store.table(bucketsTable, scope).get(key.slice('inventory/'.length, -(config.Id.length + 1)));
    if (!bucket || bucket.createdMs !== value.bucketCreatedMs || !config.IsEnabled) continue;
    const deliveryKey = `${bucket.name}/${config.Id}`;
    const last = deliveries.get(deliveryKey);
    if (!last) {
      deliveries.put(deliveryKey, { lastMs: now });
      continue;
    }
    if (now - last.lastMs < PERIOD_MS[config.Schedule.Frequency]) continue;
    deliveries.put(deliveryKey, { lastMs: now });
    const ctx = backgroundContext(runtime, bucket.accountId, bucket.region, 'InventoryDelivery');
    const origin: EventOrigin = { aws: runtime.aws, nowMs: now, requestId: ctx.requestId, principalId: 'AWS:s3.amazonaws.com', sourceIp: 's3.amazonaws.com' };
    await writeInventoryReport(ctx, bucket, config, origin).catch(() => undefined);
  }
}
