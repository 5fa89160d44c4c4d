import { randomBytes } from 'node:crypto';
import type { OperationContext, OperationHandler } from '../../define-service.js';
import { modelCatalog } from '../../../model/catalog.js';
import type { Operation } from '../../../model/shape.js';
import { AwsError } from '../../../shared/aws-error.js';
import type { Store } from '../../../store/types.js';
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
}

const pending = new WeakMap<Store, Map<string, PendingLog>>();

/** Takes (and forgets) what is waiting for a Kumo's store. */
export function takePendingLogs(store: Store): PendingLog[] {
  const logs = pending.get(store);
  pending.delete(store);
  return logs ? [...logs.values()] : [];
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
  let logs = pending.get(ctx.store);
  if (!logs) pending.set(ctx.store, (logs = new Map()));
  const groupKey = `${bucket.name}\u0000${bucket.logging.TargetBucket}\u0000${bucket.logging.TargetPrefix}`;
  let log = logs.get(groupKey);
  if (!log) {
    log = { sourceBucket: bucket.name, sourceAccountId: bucket.accountId, sourceRegion: bucket.region, target: bucket.logging, firstEventMs: outcome.startMs, lines: [] };
    logs.set(groupKey, log);
  }
  log.lines.push(line);
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
