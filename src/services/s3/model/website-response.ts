import type { InternalRouteRequest, InternalRouteResponse } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import type { Store } from '../../../store/types.js';
import type { BucketRow, ObjectRow } from '../store.js';
import { checkReadConditions, type ReadConditions } from './conditions.js';
import { CORS_NOT_ALLOWED, corsHeaders, escapeXml, matchingRule } from './cors.js';
import { openObjectData, parseRange, type ByteRange } from './object-data.js';

/** A website answer that is not the object: 304, or an error for the error document / S3's page. */
export interface WebsiteRefusal {
  status: number;
  code: string;
  message: string;
  fields: Record<string, string>;
  headers: Record<string, string>;
}

/**
 * The object's bytes as the website endpoint sends them: preconditions (S3's order: If-Match /
 * If-Unmodified-Since 412, If-None-Match / If-Modified-Since 304), then one Range (206, or 416
 * past the end), streamed from the blob files. A refusal comes back for the caller to turn into
 * the error document (4xx) or an empty 304.
 */
export function websiteObject(store: Store, row: ObjectRow, request: InternalRouteRequest): InternalRouteResponse | WebsiteRefusal {
  const headers = request.headers ?? {};
  try {
    checkReadConditions(readConditions(headers), row);
  } catch (error) {
    if (!(error instanceof AwsError)) throw error;
    const fields = Object.fromEntries(Object.entries(error.fields ?? {}).map(([k, v]) => [k, String(v)]));
    return { status: error.status, code: error.code, message: error.message, fields, headers: error.headers ?? {} };
  }
  const range = parseRange(headers.range, row.size);
  if (range === 'unsatisfiable') {
    return {
      status: 416, code: 'InvalidRange', message: 'The requested range is not satisfiable',
      fields: { RangeRequested: headers.range ?? '', ActualObjectSize: String(row.size) }, headers: { 'content-range': `bytes */${row.size}` },
    };
  }
  return objectBody(store, row, range ? 206 : 200, request.method, range);
}

/** An object sent whole (pages, the error document with its error's status) or a range of it. */
export function objectBody(store: Store, row: ObjectRow, status: number, method: string, range?: ByteRange): InternalRouteResponse {
  const length = range ? range.end - range.start + 1 : row.size;
  const headers: Record<string, string> = {
    etag: row.etag,
    'last-modified': new Date(row.lastModifiedMs).toUTCString(),
    'accept-ranges': 'bytes',
    'content-length': String(length),
  };
  if (range) headers['content-range'] = `bytes ${range.start}-${range.end}/${row.size}`;
  if (row.headers.CacheControl) headers['cache-control'] = row.headers.CacheControl;
  if (row.headers.ContentEncoding) headers['content-encoding'] = row.headers.ContentEncoding;
  // Streamed from the blob files (opened now, so an overwrite meanwhile cannot cut it short).
  const body = method === 'HEAD' || length === 0 ? Buffer.alloc(0) : openObjectData(store.blobs, row.data, range);
  return { status, contentType: row.headers.ContentType ?? 'binary/octet-stream', body, headers };
}

function readConditions(headers: Readonly<Record<string, string>>): ReadConditions {
  const date = (value: string | undefined) => {
    const parsed = value === undefined ? undefined : new Date(value);
    // S3 ignores a date it cannot read.
    return parsed && !Number.isNaN(parsed.getTime()) ? parsed : undefined;
  };
  return {
    IfMatch: headers['if-match'],
    IfNoneMatch: headers['if-none-match'],
    IfModifiedSince: date(headers['if-modified-since']),
    IfUnmodifiedSince: date(headers['if-unmodified-since']),
  };
}

const REASONS: Record<number, string> = {
  400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 412: 'Precondition Failed', 416: 'Requested Range Not Satisfiable',
};

/** S3's own HTML error page, for errors without an error document. */
export function errorPage(status: number, code: string, message: string, fields: Record<string, string>, requestId: string, extra: Record<string, string> = {}): InternalRouteResponse {
  const title = `${status} ${REASONS[status] ?? 'Error'}`;
  const items = [`<li>Code: ${code}</li>`, `<li>Message: ${escapeXml(message)}</li>`, ...Object.entries(fields).map(([k, v]) => `<li>${k}: ${escapeXml(v)}</li>`), `<li>RequestId: ${requestId}</li>`];
  const body = `<html>\n<head><title>${title}</title></head>\n<body>\n<h1>${title}</h1>\n<ul>\n${items.join('\n')}\n</ul>\n<hr/>\n</body>\n</html>\n`;
  return { status, contentType: 'text/html; charset=utf-8', body, headers: { 'x-amz-error-code': code, 'x-amz-error-message': message, ...extra } };
}

/**
 * The bucket's CORS rules on the website endpoint, as on the REST endpoint: a preflight
 * (OPTIONS with Access-Control-Request-Method) is answered from them, and an actual request
 * whose origin and method a rule allows gets that rule's headers on whatever it answers.
 */
export function websiteCors(bucket: BucketRow | undefined, request: InternalRouteRequest, requestId: string): { preflight?: InternalRouteResponse; headers: Record<string, string> } {
  const headers = request.headers ?? {};
  const origin = headers.origin;
  const asked = headers['access-control-request-method'];
  if (!bucket) return { headers: {} };
  if (request.method === 'OPTIONS' && asked !== undefined) {
    const fields = { Method: asked, ResourceType: 'OBJECT' };
    if (!origin) return { preflight: errorPage(400, 'BadRequest', 'Insufficient information. Origin request header needed.', fields, requestId), headers: {} };
    if (!bucket.cors) return { preflight: errorPage(403, 'AccessForbidden', 'CORSResponse: CORS is not enabled for this bucket.', fields, requestId), headers: {} };
    const requested = headers['access-control-request-headers'];
    const names = (requested ?? '').split(',').map((h) => h.trim()).filter(Boolean);
    const rule = matchingRule(bucket.cors, origin, asked, names);
    if (!rule) return { preflight: errorPage(403, 'AccessForbidden', CORS_NOT_ALLOWED, fields, requestId), headers: {} };
    return { preflight: { status: 200, contentType: 'text/plain', body: '', headers: corsHeaders(rule, origin, requested) }, headers: {} };
  }
  const rule = bucket.cors && origin ? matchingRule(bucket.cors, origin, request.method, []) : undefined;
  return { headers: rule ? corsHeaders(rule, origin!) : {} };
}
