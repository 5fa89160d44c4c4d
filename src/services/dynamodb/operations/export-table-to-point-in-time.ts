import { randomBytes, randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { pointInTimeRecoveryUnavailable, tableNotFoundForBackup, validation } from '../errors.js';
import { exportDescription } from '../model/export-description.js';
import { runExport } from '../model/export-job.js';
import { exportsTable, exportTokensTable, transferId, type ExportRow } from '../model/export-rows.js';
import { runInBackground, trackJob } from '../model/job-runtime.js';
import { restorableWindow } from '../model/point-in-time.js';
import { checkBucketName, checkClientToken, checkEnum, constraint, exportConflict, invalidExportTime } from '../model/transfer-errors.js';
import { tablesTable } from '../store.js';

export interface ExportTableToPointInTimeInput {
  TableArn?: string;
  ExportTime?: Date;
  ClientToken?: string;
  S3Bucket?: string;
  S3BucketOwner?: string;
  S3Prefix?: string;
  S3SseAlgorithm?: string;
  S3SseKmsKeyId?: string;
  ExportFormat?: string;
  ExportType?: string;
  IncrementalExportSpecification?: { ExportFromTime?: Date; ExportToTime?: Date; ExportViewType?: string };
}

/** A ClientToken keeps its export for eight hours, as DynamoDB documents. */
const TOKEN_TTL_MS = 8 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

function checkLength(value: string | undefined, member: string, max: number): void {
  if (value === undefined) return;
  if (value.length < 1) throw constraint(value, member, 'have length greater than or equal to 1');
  if (value.length > max) throw constraint(value, member, `have length less than or equal to ${max}`);
}

/**
 * Starts an export of a table with point-in-time recovery on: a full export of the table as it
 * was at ExportTime (default now), or an incremental export of the changes in a period. The
 * files are written into Kumo's S3 in the background; DescribeExport shows IN_PROGRESS, then
 * COMPLETED or FAILED.
 */
export function exportTableToPointInTime(input: ExportTableToPointInTimeInput, ctx: OperationContext): { ExportDescription: Record<string, unknown> } {
  if (input.TableArn === undefined) throw constraint(undefined, 'tableArn', 'not be null');
  checkLength(input.TableArn, 'tableArn', 1024);
  const arn = /^arn:aws[a-z-]*:dynamodb:([a-z0-9-]+):(\d{12}):table\/([a-zA-Z0-9_.-]{3,255})$/.exec(input.TableArn);
  if (!arn) throw validation(`Invalid TableArn: ${input.TableArn}`);
  const bucket = checkBucketName(input.S3Bucket, 's3Bucket');
  if (input.S3BucketOwner !== undefined && !/^[0-9]{12}$/.test(input.S3BucketOwner)) {
    throw constraint(input.S3BucketOwner, 's3BucketOwner', 'satisfy regular expression pattern: [0-9]{12}');
  }
  checkLength(input.S3Prefix, 's3Prefix', 1024);
  checkLength(input.S3SseKmsKeyId, 's3SseKmsKeyId', 2048);
  const sse = checkEnum(input.S3SseAlgorithm, 's3SseAlgorithm', ['AES256', 'KMS'] as const);
  const format = checkEnum(input.ExportFormat, 'exportFormat', ['ION', 'DYNAMODB_JSON'] as const) ?? 'DYNAMODB_JSON';
  const type = checkEnum(input.ExportType, 'exportType', ['FULL_EXPORT', 'INCREMENTAL_EXPORT'] as const);
  const spec = input.IncrementalExportSpecification;
  const viewType = checkEnum(spec?.ExportViewType, 'incrementalExportSpecification.exportViewType', ['NEW_IMAGE', 'NEW_AND_OLD_IMAGES'] as const);
  const token = checkClientToken(input.ClientToken) ?? randomUUID();
  const incremental = type === 'INCREMENTAL_EXPORT';
  if (incremental && spec?.ExportFromTime === undefined) throw validation('IncrementalExportSpecification.ExportFromTime must be specified for an INCREMENTAL_EXPORT');
  if (incremental && input.ExportTime !== undefined) throw validation('ExportTime cannot be specified for an INCREMENTAL_EXPORT');
  if (!incremental && spec !== undefined) throw validation('IncrementalExportSpecification can only be specified for an INCREMENTAL_EXPORT');

  const now = ctx.clock.now();
  const tokens = ctx.table(exportTokensTable);
  const fingerprint = JSON.stringify([input.TableArn, input.ExportTime?.getTime(), bucket, input.S3BucketOwner, input.S3Prefix, sse, input.S3SseKmsKeyId, format, type, spec?.ExportFromTime?.getTime(), spec?.ExportToTime?.getTime(), viewType]);
  const previous = tokens.get(token);
  if (previous && now - previous.atMs < TOKEN_TTL_MS) {
    if (previous.fingerprint !== fingerprint) throw exportConflict();
    const row = ctx.table(exportsTable).get(previous.key);
    if (row) return { ExportDescription: exportDescription(row) };
  }

  const tableName = arn[3]!;
  const table = ctx.table(tablesTable).get(tableName);
  if (!table || arn[1] !== ctx.region || arn[2] !== ctx.accountId) throw tableNotFoundForBackup(tableName);
  if (!table.pitr?.enabled) throw pointInTimeRecoveryUnavailable(tableName);
  const { earliestMs } = restorableWindow(ctx, table);
  let exportTimeMs: number | undefined;
  let period: ExportRow['incremental'];
  if (incremental) {
    const fromMs = spec!.ExportFromTime!.getTime();
    const toMs = spec!.ExportToTime?.getTime() ?? now;
    if (fromMs < earliestMs || toMs > now || fromMs >= toMs) throw invalidExportTime();
    if (toMs - fromMs < 15 * MINUTE_MS || toMs - fromMs > 24 * 60 * MINUTE_MS) {
      throw invalidExportTime('Difference between export period from time and to time should be at least 15 minutes and at most 24 hours');
    }
    period = { fromMs, toMs, viewType: viewType ?? 'NEW_AND_OLD_IMAGES' };
  } else {
    exportTimeMs = input.ExportTime?.getTime() ?? now;
    if (exportTimeMs < earliestMs || exportTimeMs > now) throw invalidExportTime();
  }

  const id = transferId(now, randomBytes(4).toString('hex'));
  const row: ExportRow = {
    arn: `${table.arn}/export/${id}`,
    id,
    tableName,
    tableArn: table.arn,
    tableId: table.id,
    status: 'IN_PROGRESS',
    startMs: now,
    ...(exportTimeMs !== undefined ? { exportTimeMs } : {}),
    clientToken: token,
    s3Bucket: bucket,
    ...(input.S3BucketOwner !== undefined ? { s3BucketOwner: input.S3BucketOwner } : {}),
    ...(input.S3Prefix !== undefined ? { s3Prefix: input.S3Prefix } : {}),
    ...(sse !== undefined ? { s3SseAlgorithm: sse } : {}),
    ...(input.S3SseKmsKeyId !== undefined ? { s3SseKmsKeyId: input.S3SseKmsKeyId } : {}),
    format,
    ...(type !== undefined ? { requestedType: type } : {}),
    ...(period ? { incremental: period } : {}),
  };
  const key = `${tableName}/${id}`;
  ctx.store.transaction(() => {
    ctx.table(exportsTable).put(key, row);
    tokens.put(token, { key, fingerprint, atMs: now });
    trackJob(ctx, 'export', key);
  });
  runInBackground(ctx, (job) => runExport(job, key));
  return { ExportDescription: exportDescription(row) };
}
