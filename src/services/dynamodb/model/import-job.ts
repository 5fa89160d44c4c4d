import * as zlib from 'node:zlib';
import type { AttributeMap } from './attribute-value.js';
import { readCsvItems, readJsonItems } from './import-formats.js';
import { IMPORT_LOG_GROUP, importsTable, type ImportRow } from './import-rows.js';
import { readIonItems } from './ion-values.js';
import { untrackJob, type JobContext } from './job-runtime.js';
import { TableItems } from './table-items.js';
import { checkBucket, getObjectBytes, listKeys, S3TransferError } from './transfer-s3.js';
import { tablesTable, type KeyType } from '../store.js';

/** Node's zstd arrived in 22.15 / 23.8; Node 20 has none. */
type ZstdDecompress = (buffer: Buffer) => Buffer;
const zstdDecompressSync = (zlib as unknown as { zstdDecompressSync?: ZstdDecompress }).zstdDecompressSync;

interface ItemErrorLog {
  key: string;
  itemIndex: number;
  message: string;
}

/** Ends the import (unless Kumo stopped meanwhile: the next start resumes it). */
export function finishImport(job: JobContext, key: string, changes: Partial<ImportRow>): void {
  if (!job.live()) return;
  job.store.transaction(() => {
    const rows = job.table(importsTable);
    const row = rows.get(key);
    if (row) rows.put(key, { ...row, ...changes, endMs: job.clock.now() });
    untrackJob(job, 'import', key);
  });
}

function decompress(row: ImportRow, bytes: Buffer): Buffer {
  if (row.compression === 'GZIP') return zlib.gunzipSync(bytes);
  if (row.compression === 'ZSTD') return zstdDecompressSync!(bytes);
  return bytes;
}

function keyTypes(row: ImportRow): Map<string, KeyType> {
  const keys = new Set([...row.table.keySchema, ...row.table.gsis.flatMap((g) => g.keySchema)].map((k) => k.AttributeName));
  return new Map(row.table.attributeDefinitions.filter((d) => keys.has(d.AttributeName)).map((d) => [d.AttributeName, d.AttributeType]));
}

/**
 * Loads one object's items in one store transaction. The first line that is not a valid item
 * counts as one error and ends the object, as DynamoDB abandons the rest of an object there.
 */
function loadObject(job: JobContext, row: ImportRow, items: TableItems, text: string, counts: { processed: number; imported: number }, errors: ItemErrorLog[], key: string): void {
  let index = 0;
  const onItem = (item: AttributeMap): void => {
    index++;
    items.checkItem(item);
    const storeKey = items.storeKey(item);
    items.write(storeKey, items.get(storeKey), item);
    counts.processed++;
    counts.imported++;
  };
  job.store.transaction(() => {
    try {
      if (row.inputFormat === 'ION') readIonItems(text, onItem);
      else if (row.inputFormat === 'CSV') readCsvItems(text, { delimiter: row.csv?.Delimiter ?? ',', ...(row.csv?.HeaderList ? { headers: row.csv.HeaderList } : {}) }, keyTypes(row), onItem);
      else readJsonItems(text, onItem);
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      counts.processed++;
      errors.push({ key, itemIndex: index, message: error.message });
    }
  });
}

/** Item errors go to CloudWatch Logs when Kumo serves it, as DynamoDB logs them; failures here are ignored. */
async function logErrors(job: JobContext, row: ImportRow, errors: ItemErrorLog[]): Promise<void> {
  if (errors.length === 0) return;
  const scope = { accountId: job.accountId, region: job.region };
  const stream = `${row.id}/error`;
  const call = (operation: string, input: Record<string, unknown>) => job.aws.call('cloudwatch-logs', operation, input, scope).then(() => true, () => false);
  await call('CreateLogGroup', { logGroupName: IMPORT_LOG_GROUP });
  if (!(await call('CreateLogStream', { logGroupName: IMPORT_LOG_GROUP, logStreamName: stream }))) return;
  const timestamp = job.clock.now();
  await call('PutLogEvents', {
    logGroupName: IMPORT_LOG_GROUP,
    logStreamName: stream,
    logEvents: errors.map((e) => ({
      timestamp,
      message: JSON.stringify({ itemS3Pointer: { bucket: row.source.S3Bucket, key: e.key, itemIndex: e.itemIndex }, importArn: row.arn, errorMessages: [e.message] }),
    })),
  });
}

/**
 * Reads every object under the source prefix (decompressed, in key order), creates the table
 * and loads the items. A missing bucket fails the import before the table exists; item errors
 * leave the good items in place and end the import FAILED with ItemValidationError.
 */
export async function runImport(job: JobContext, key: string): Promise<void> {
  const row = job.table(importsTable).get(key);
  if (!row || row.status !== 'IN_PROGRESS') return job.store.transaction(() => untrackJob(job, 'import', key));
  try {
    if (row.compression === 'ZSTD' && zstdDecompressSync === undefined) {
      return finishImport(job, key, {
        status: 'FAILED',
        failureCode: 'UnsupportedCompression',
        failureMessage: `Kumo cannot read ZSTD input on Node.js ${process.version}, which has no zstd decompression (Node.js 22.15 or later has it); use GZIP or NONE`,
      });
    }
    if (row.source.S3BucketOwner !== undefined) await checkBucket(job, row.source.S3Bucket, row.source.S3BucketOwner);
    const objects = (await listKeys(job, row.source.S3Bucket, row.source.S3KeyPrefix ?? '')).filter((o) => !o.key.endsWith('/'));
    const tables = job.table(tablesTable);
    // A table with this import's id was made by this import before Kumo stopped: loading starts
    // over into it (items already loaded are overwritten with themselves; the counters restart).
    const created = job.store.transaction(() => {
      const existing = tables.get(row.tableName);
      if (existing) return existing.id === row.tableId;
      tables.put(row.tableName, { ...row.table, createdMs: job.clock.now() });
      return true;
    });
    if (!created) return finishImport(job, key, { status: 'FAILED', failureCode: 'ResourceInUseException', failureMessage: `Table already exists: ${row.tableName}` });
    const items = new TableItems(job, tables.get(row.tableName)!);
    const counts = { processed: 0, imported: 0 };
    const errors: ItemErrorLog[] = [];
    let size = 0;
    for (const object of objects) {
      const bytes = await getObjectBytes(job, row.source.S3Bucket, object.key);
      let text: string;
      try {
        const plain = decompress(row, bytes);
        size += plain.length;
        text = plain.toString('utf8');
      } catch (error) {
        counts.processed++;
        errors.push({ key: object.key, itemIndex: 0, message: `Unable to decompress the object as ${row.compression}: ${(error as Error).message}` });
        continue;
      }
      loadObject(job, row, items, text, counts, errors, object.key);
    }
    await logErrors(job, row, errors);
    finishImport(job, key, {
      status: errors.length > 0 ? 'FAILED' : 'COMPLETED',
      processedSizeBytes: size,
      processedItemCount: counts.processed,
      importedItemCount: counts.imported,
      errorCount: errors.length,
      ...(errors.length > 0
        ? { failureCode: 'ItemValidationError', failureMessage: 'Some of the items failed validation checks and were not imported. Please check CloudWatch error logs for more details.' }
        : {}),
    });
  } catch (error) {
    const failure = error instanceof S3TransferError ? error.failure : { code: 'InternalServerError', message: (error as Error).message };
    finishImport(job, key, { status: 'FAILED', failureCode: failure.code, failureMessage: failure.message });
  }
}
