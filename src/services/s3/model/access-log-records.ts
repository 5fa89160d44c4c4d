import { randomBytes } from 'node:crypto';
import type { OperationContext, OperationHandler } from '../../define-service.js';
import { modelCatalog } from '../../../model/catalog.js';
import type { Operation } from '../../../model/shape.js';
import { AwsError } from '../../../shared/aws-error.js';
import { defineTable, type Store } from '../../../store/types.js';
import { bucketsTable } from '../store.js';
import type { LoggingEnabled } from './access-logging-config.js';
import { bucketAtRequestStart, canonicalId } from './buckets.js';

/** Records waiting for the next delivery, per source bucket and its target. */
export interface PendingLog {
  sourceBucket: string;
  sourceAccountId: string;
  sourceRegion: string;
  target: LoggingEnabled;
  /** Kumo clock time of the first record, for PartitionDateSource EventTime. */
  firstEventMs: number;
  lines: string[];
  /** The rows of `accessLogRecordsTable` these lines came from, deleted once delivered. */
  rowKeys: string[];
}

/** One record waiting for delivery. */
export interface AccessLogRecordRow {
  sourceBucket: string;
  sourceAccountId: string;
  sourceRegion: string;
  target: LoggingEnabled;
  eventMs: number;
  line: string;
}

/**
 * Records waiting for delivery, `<event ms, 15 digits>\u0000<request id>`: written before the
 * request is answered, deleted in the transaction that writes the log object, so a restart
 * (or kill -9) delivers them later instead of losing them.
 */
export const accessLogRecordsTable = defineTable<AccessLogRecordRow>({ service: 's3', name: 'access-log-records', scope: 'global' });

/** What is waiting in a Kumo's store, grouped by source bucket and target, oldest first. */
export function pendingLogs(store: Store): PendingLog[] {
  const groups = new Map<string, PendingLog>();
  for (const { key, value } of store.table(accessLogRecordsTable, { accountId: '', region: '' }).list()) {
    const groupKey = `${value.sourceBucket}\u0000${value.target.TargetBucket}\u0000${value.target.TargetPrefix}`;
    let log = groups.get(groupKey);
    if (!log) {
      const { sourceBucket, sourceAccountId, sourceRegion, target } = value;
      log = { sourceBucket, sourceAccountId, sourceRegion, target, firstEventMs: value.eventMs, lines: [], rowKeys: [] };
      groups.set(groupKey, log);
    }
    log.lines.push(value.line);
    log.rowKeys.push(key);
  }
  return [...groups.values()];
}

/** The `operation` field's resource for subresources whose name in logs is not the query word. */
const RESOURCE_NAMES: Record<string, string> = {
  ListObjectsV2: 'BUCKET',
  ListObjects: 'BUCKET',
  ListObjectVersions: 'BUCKETVERSIONS',
  CopyObject: 'OBJECT',
  UploadPartCopy: 'PART',
  UploadPart: 'PART',
  CreateMultipartUpload: 'UPLOADS',
  ListMultipartUploads: 'UPLOADS',
  CompleteMultipartUpload: 'UPLOAD',
  AbortMultipartUpload: 'UPLOAD',
  ListParts: 'UPLOAD',
  DeleteObjects: 'MULTI_OBJECT_DELETE',
  GetBucketLogging: 'LOGGING_STATUS',
  PutBucketLogging: 'LOGGING_STATUS',
  GetBucketPolicy: 'BUCKETPOLICY',
  PutBucketPolicy: 'BUCKETPOLICY',
  DeleteBucketPolicy: 'BUCKETPOLICY',
  GetBucketPolicyStatus: 'BUCKETPOLICYSTATUS',
};

/** AWS's `REST.<METHOD>.<RESOURCE>` for an operation (`REST.GET.OBJECT`, `REST.PUT.VERSIONING`). */
export function logOperationName(name: string, operation: Operation): string {
  const method = name === 'CopyObject' || name === 'UploadPartCopy' ? 'COPY' : operation.http.method;
  const [path = '', query] = operation.http.requestUri.split('?');
  const object = path.includes('{Key');
  const sub = query?.split('&')[0]?.split('=')[0];
  let resource = RESOURCE_NAMES[name];
  if (resource === undefined) {
    if (sub === undefined || sub === 'x-id') resource = object ? 'OBJECT' : 'BUCKET';
    else resource = (object && sub !== 'acl' ? 'OBJECT_' : '') + sub.toUpperCase().replace(/-/g, '_');
  }
  return `REST.${method}.${resource}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `[06/Feb/2019:00:00:38 +0000]` */
function logTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `[${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000]`;
}

const encodeKey = (key: string) => encodeURIComponent(key).replace(/%2F/g, '/');

/** The request line as the client sent it, rebuilt from the model: path style, subresource and query members. */
function requestUri(operation: Operation, input: Record<string, unknown>): string {
  const [, fixedQuery] = operation.http.requestUri.split('?');
  const query = fixedQuery ? fixedQuery.split('&').filter((q) => !q.startsWith('x-id')) : [];
  for (const [member, shape] of Object.entries(operation.input.members ?? {})) {
    const value = input[member];
    if (shape.location !== 'querystring' || value === undefined || value === null || typeof value === 'object') continue;
    query.push(`${shape.locationName ?? member}=${encodeURIComponent(String(value))}`);
  }
  const key = typeof input.Key === 'string' ? `/${encodeKey(input.Key)}` : '';
  return `"${operation.http.method} /${String(input.Bucket)}${key}${query.length > 0 ? `?${query.join('&')}` : ''} HTTP/1.1"`;
}

interface Outcome {
  output?: Record<string, unknown>;
  error?: unknown;
  startMs: number;
  endMs: number;
}

/** One line of S3's server access log format (https://docs.aws.amazon.com/AmazonS3/latest/userguide/LogFormat.html). */
export function formatLogRecord(name: string, operation: Operation, input: Record<string, unknown>, ctx: OperationContext, bucketOwner: string, outcome: Outcome): string {
  const { output, error } = outcome;
  const anonymous = ctx.caller.accessKeyId === '';
  const requester = anonymous ? '-' : ctx.caller.arn.endsWith(':root') ? canonicalId(ctx.caller.accountId) : ctx.caller.arn;
  let status = operation.http.responseCode ?? 200;
  if (typeof output?.StatusCode === 'number') status = output.StatusCode;
  if (error !== undefined) status = error instanceof AwsError ? error.status : 500;
  const errorCode = error === undefined ? '-' : error instanceof AwsError ? error.code : 'InternalError';
  const contentLength = typeof output?.ContentLength === 'number' ? output.ContentLength : undefined;
  const bytesSent = error === undefined && operation.http.method === 'GET' && contentLength !== undefined ? String(contentLength) : '-';
  let objectSize = '-';
  const range = typeof output?.ContentRange === 'string' ? /\/(\d+)$/.exec(output.ContentRange)?.[1] : undefined;
  if (range !== undefined) objectSize = range;
  else if (contentLength !== undefined) objectSize = String(contentLength);
  else if (typeof input.ContentLength === 'number') objectSize = String(input.ContentLength);
  const versionId = output?.VersionId ?? input.VersionId;
  const elapsed = String(Math.max(0, outcome.endMs - outcome.startMs));
  const host = ctx.endpoint === '' ? '-' : ctx.endpoint.replace(/^https?:\/\//, '');
  return [
    bucketOwner,
    String(input.Bucket),
    logTime(outcome.startMs),
    ctx.sourceIp || '-',
    requester,
    ctx.requestId,
    logOperationName(name, operation),
    typeof input.Key === 'string' ? encodeKey(input.Key) : '-',
    requestUri(operation, input),
    String(status),
    errorCode,
    bytesSent,
    objectSize,
    elapsed,
    elapsed,
    '"-"',
    '"-"',
    typeof versionId === 'string' ? versionId : '-',
    randomBytes(48).toString('base64'),
    anonymous ? '-' : 'SigV4',
    '-',
    anonymous ? '-' : 'AuthHeader',
    host,
    '-',
    '-',
    '-',
  ].join(' ');
}

function record(ctx: OperationContext, name: string, input: Record<string, unknown>, outcome: Outcome): void {
  if (typeof input.Bucket !== 'string') return;
  // Read after the operation: the request that turns logging off is not logged.
  const bucket = ctx.table(bucketsTable).get(input.Bucket);
  if (!bucket?.logging) return;
  const operation = modelCatalog().model('s3').operations[name];
  if (!operation) return;
  const line = formatLogRecord(name, operation, input, ctx, canonicalId(bucket.accountId), outcome);
  const row: AccessLogRecordRow = { sourceBucket: bucket.name, sourceAccountId: bucket.accountId, sourceRegion: bucket.region, target: bucket.logging, eventMs: outcome.startMs, line };
  ctx.table(accessLogRecordsTable).put(`${String(outcome.startMs).padStart(15, '0')}\u0000${ctx.requestId}`, row);
}

/**
 * Wraps S3's operations so each request to a bucket with logging enabled leaves one server
 * access log record once it has answered (successfully or not); model/access-log-delivery.ts
 * writes them to the target bucket on Kumo's clock.
 */
export function withAccessLogging<T extends Record<string, OperationHandler<never, unknown>>>(operations: T): T {
  const wrapped: Record<string, OperationHandler<Record<string, unknown>, unknown>> = {};
  for (const [name, handler] of Object.entries(operations)) {
    const run = handler as unknown as OperationHandler<Record<string, unknown>, unknown>;
    wrapped[name] = async (input, ctx) => {
      const startMs = ctx.clock.now();
      // Buckets that do not log (nearly all) cost one read shared with the other wrappers;
      // PutBucketLogging may be turning logging on, and is then logged itself.
      if (name !== 'PutBucketLogging' && typeof input.Bucket === 'string' && !bucketAtRequestStart(ctx, input.Bucket)?.logging) return run(input, ctx);
      try {
        const output = await run(input, ctx);
        safely(() => record(ctx, name, input, { output: output as Record<string, unknown>, startMs, endMs: ctx.clock.now() }));
        return output;
      } catch (error) {
        safely(() => record(ctx, name, input, { error, startMs, endMs: ctx.clock.now() }));
        throw error;
      }
    };
  }
  return wrapped as unknown as T;
}

/** Logging never changes a request's answer. */
function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // A record that cannot be made is dropped, as S3's best-effort logging may drop records.
  }
}
