import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { AttributeMap } from './attribute-value.js';
import { changesBetween } from './export-changes.js';
import { exportsTable, type ExportRow } from './export-rows.js';
import { ionLine } from './ion-values.js';
import { itemSize } from './item-size.js';
import { untrackJob, type JobContext } from './job-runtime.js';
import { itemsAt } from './point-in-time.js';
import { checkBucket, putObject, S3TransferError } from './transfer-s3.js';
import { tablesTable } from '../store.js';

/** Lines per data file: DynamoDB writes at least one file per partition; Kumo cuts files by size of content instead. */
const LINES_PER_FILE = 50_000;

/** `<prefix>/AWSDynamoDB/` (the prefix gets a slash unless it ends with one). */
export function exportRoot(prefix: string | undefined): string {
  if (prefix === undefined || prefix === '') return 'AWSDynamoDB/';
  return `${prefix.endsWith('/') ? prefix : `${prefix}/`}AWSDynamoDB/`;
}

const md5 = (body: Buffer | string): string => createHash('md5').update(body).digest('base64');

/** DynamoDB names data files with 26 lower-case base32 characters. */
function dataFileName(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  return [...randomBytes(26)].map((b) => alphabet[b % 32]).join('');
}

interface ExportContent {
  lines: string[];
  itemCount: number;
  billedSizeBytes: number;
}

/** Reads what the export holds, in one go, before any await, so it is one consistent state. */
function readContent(job: JobContext, row: ExportRow): ExportContent | { failure: string } {
  const table = job.table(tablesTable).get(row.tableName);
  if (!table || table.id !== row.tableId) return { failure: `Table ${row.tableArn} was deleted before its export could read it` };
  if (!table.pitr?.enabled) return { failure: `Point in time recovery was disabled for table ${row.tableName} before its export could read it` };
  const line = (record: Record<string, AttributeMap>): string => (row.format === 'ION' ? ionLine(record) : JSON.stringify(record));
  if (!row.incremental) {
    const items = itemsAt(job, table, row.exportTimeMs!);
    return { lines: items.map((Item) => line({ Item })), itemCount: items.length, billedSizeBytes: items.reduce((sum, i) => sum + itemSize(i), 0) };
  }
  const { fromMs, toMs, viewType } = row.incremental;
  const changes = changesBetween(job, table, fromMs, toMs);
  let billed = 0;
  const lines = changes.map((c) => {
    billed += itemSize(c.keys) + (c.newImage ? itemSize(c.newImage) : 0) + (c.oldImage ? itemSize(c.oldImage) : 0);
    return line({
      Metadata: { WriteTimestampMicros: { N: String(c.lastWriteMs * 1000) } },
      Keys: c.keys,
      ...(c.newImage ? { NewImage: c.newImage } : {}),
      ...(c.oldImage && viewType === 'NEW_AND_OLD_IMAGES' ? { OldImage: c.oldImage } : {}),
    });
  });
  return { lines, itemCount: changes.length, billedSizeBytes: billed };
}

/** Ends the export (unless Kumo stopped meanwhile: the next start resumes it). */
export function finishExport(job: JobContext, key: string, changes: Partial<ExportRow>): void {
  if (!job.live()) return;
  job.store.transaction(() => {
    const rows = job.table(exportsTable);
    const row = rows.get(key);
    if (row) rows.put(key, { ...row, ...changes, endMs: job.clock.now() });
    untrackJob(job, 'export', key);
  });
}

/**
 * Writes an export into S3 as DynamoDB lays it out: `_started`, gzipped data files, then
 * manifest-files.json and manifest-summary.json, each with an `.md5` file holding its base64
 * MD5; the row ends COMPLETED, or FAILED with S3's failure code when the bucket cannot be used.
 */
export async function runExport(job: JobContext, key: string): Promise<void> {
  const row = job.table(exportsTable).get(key);
  if (!row || row.status !== 'IN_PROGRESS') return job.store.transaction(() => untrackJob(job, 'export', key));
  try {
    const content = readContent(job, row);
    if ('failure' in content) return finishExport(job, key, { status: 'FAILED', failureCode: 'TableNotFound', failureMessage: content.failure });
    await checkBucket(job, row.s3Bucket, row.s3BucketOwner);
    const root = exportRoot(row.s3Prefix);
    const folder = `${root}${row.id}/`;
    const bucket = row.s3Bucket;
    await putObject(job, bucket, `${folder}_started`, Buffer.alloc(0), 'application/octet-stream');
    const files: string[] = [];
    const extension = row.format === 'ION' ? 'ion.gz' : 'json.gz';
    for (let start = 0; start === 0 || start < content.lines.length; start += LINES_PER_FILE) {
      const lines = content.lines.slice(start, start + LINES_PER_FILE);
      const body = gzipSync(lines.length === 0 ? '' : `${lines.join('\n')}\n`);
      // Incremental exports share one data folder beside the exports' own folders.
      const dataKey = `${row.incremental ? root : folder}data/${dataFileName()}.${extension}`;
      const etag = await putObject(job, bucket, dataKey, body, 'application/x-gzip');
      files.push(JSON.stringify({ itemCount: lines.length, md5Checksum: md5(body), etag, dataFileS3Key: dataKey }));
    }
    const manifestFiles = `${files.join('\n')}\n`;
    await putObject(job, bucket, `${folder}manifest-files.json`, Buffer.from(manifestFiles), 'application/json');
    await putObject(job, bucket, `${folder}manifest-files.md5`, Buffer.from(md5(manifestFiles)), 'text/plain');
    const endMs = job.clock.now();
    const summary = JSON.stringify({
      version: '2020-06-30',
      exportArn: row.arn,
      startTime: new Date(row.startMs).toISOString(),
      endTime: new Date(endMs).toISOString(),
      tableArn: row.tableArn,
      tableId: row.tableId,
      ...(row.exportTimeMs !== undefined ? { exportTime: new Date(row.exportTimeMs).toISOString() } : {}),
      ...(row.incremental
        ? { exportFromTime: new Date(row.incremental.fromMs).toISOString(), exportToTime: new Date(row.incremental.toMs).toISOString() }
        : {}),
      s3Bucket: bucket,
      s3Prefix: row.s3Prefix ?? null,
      s3SseAlgorithm: row.s3SseAlgorithm ?? null,
      s3SseKmsKeyId: row.s3SseKmsKeyId ?? null,
      manifestFilesS3Key: `${folder}manifest-files.json`,
      billedSizeBytes: content.billedSizeBytes,
      itemCount: content.itemCount,
      outputFormat: row.format,
      ...(row.incremental ? { exportType: 'INCREMENTAL_EXPORT', outputView: row.incremental.viewType } : {}),
    });
    await putObject(job, bucket, `${folder}manifest-summary.json`, Buffer.from(summary), 'application/json');
    await putObject(job, bucket, `${folder}manifest-summary.md5`, Buffer.from(md5(summary)), 'text/plain');
    finishExport(job, key, { status: 'COMPLETED', manifestKey: `${folder}manifest-summary.json`, itemCount: content.itemCount, billedSizeBytes: content.billedSizeBytes });
  } catch (error) {
    const failure = error instanceof S3TransferError ? error.failure : { code: 'InternalServerError', message: (error as Error).message };
    finishExport(job, key, { status: 'FAILED', failureCode: failure.code, failureMessage: failure.message });
  }
}
