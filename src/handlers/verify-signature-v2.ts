import { createHmac } from 'node:crypto';
import type { Exchange } from '../server/exchange.js';
import { virtualHostBucket } from '../services/s3/overrides.js';

/**
 * S3's signature version 2 (HMAC-SHA1), still sent by AWS CLI v1's `aws s3 presign` and old
 * S3 clients: `Authorization: AWS <key>:<signature>` or the query's `AWSAccessKeyId`,
 * `Signature` and `Expires`. Only the string to sign is built here; verify-signature.ts checks it.
 */
export interface SignedV2 {
  accessKeyId: string;
  signature: string;
  presigned: boolean;
  /** The Date (or x-amz-date) header of a header-signed request. */
  date?: string;
}

/** Sub-resources S3 signs in the canonical resource (its documented list). */
const SUB_RESOURCES = new Set([
  'accelerate', 'acl', 'analytics', 'cors', 'delete', 'encryption', 'intelligent-tiering', 'inventory', 'legal-hold',
  'lifecycle', 'location', 'logging', 'metrics', 'notification', 'object-lock', 'ownershipControls', 'partNumber',
  'policy', 'policyStatus', 'publicAccessBlock', 'replication', 'requestPayment', 'response-cache-control',
  'response-content-disposition', 'response-content-encoding', 'response-content-language', 'response-content-type',
  'response-expires', 'restore', 'retention', 'select', 'select-type', 'tagging', 'torrent', 'uploadId', 'uploads',
  'versionId', 'versioning', 'versions', 'website',
]);

export function readSignatureV2(exchange: Pick<Exchange, 'headers' | 'rawQuery'>): SignedV2 | undefined {
  const authorization = exchange.headers.authorization;
  if (authorization?.startsWith('AWS ')) {
    const credentials = authorization.slice(4);
    const colon = credentials.lastIndexOf(':');
    if (colon <= 0) return undefined;
    return { accessKeyId: credentials.slice(0, colon), signature: credentials.slice(colon + 1), presigned: false, date: exchange.headers['x-amz-date'] ?? exchange.headers.date };
  }
  if (!exchange.rawQuery.includes('AWSAccessKeyId=')) return undefined;
  const query = new URLSearchParams(exchange.rawQuery);
  const accessKeyId = query.get('AWSAccessKeyId');
  const signature = query.get('Signature');
  if (!accessKeyId || !signature || query.get('Expires') === null) return undefined;
  return { accessKeyId, signature, presigned: true };
}

/** VERB, Content-MD5, Content-Type, Date (or Expires), the x-amz-* headers and the canonical resource. */
export function stringToSignV2(exchange: Pick<Exchange, 'method' | 'path' | 'rawQuery' | 'headers' | 'hostname'>, signed: SignedV2): string {
  const query = new URLSearchParams(exchange.rawQuery);
  const amz = new Map<string, string[]>();
  const add = (name: string, value: string) => amz.set(name, [...(amz.get(name) ?? []), value.trim().replace(/\s+/g, ' ')]);
  for (const [name, value] of Object.entries(exchange.headers)) if (name.startsWith('x-amz-')) add(name, value);
  // A presigned URL carries its signed x-amz-* values (the session token) in the query.
  if (signed.presigned) {
    for (const [name, value] of query) if (name.toLowerCase().startsWith('x-amz-') && exchange.headers[name.toLowerCase()] === undefined) add(name.toLowerCase(), value);
  }
  const amzLines = [...amz.keys()].sort().map((name) => `${name}:${amz.get(name)!.join(',')}\n`).join('');
  // With x-amz-date, the Date line is empty: the amz header carries the time.
  const date = signed.presigned ? query.get('Expires')! : exchange.headers['x-amz-date'] !== undefined ? '' : exchange.headers.date ?? '';
  const header = (name: string) => exchange.headers[name] ?? (signed.presigned ? query.get(name) : undefined) ?? '';
  return [exchange.method, header('content-md5'), header('content-type'), date].join('\n') + '\n' + amzLines + canonicalResource(exchange, query);
}

function canonicalResource(exchange: Pick<Exchange, 'path' | 'hostname'>, query: URLSearchParams): string {
  const bucket = virtualHostBucket(exchange.hostname);
  const path = bucket === undefined ? exchange.path || '/' : `/${bucket}${exchange.path || '/'}`;
  const subresources = [...query]
    .filter(([name]) => SUB_RESOURCES.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => (value === '' ? name : `${name}=${value}`));
  return subresources.length ? `${path}?${subresources.join('&')}` : path;
}

export function signV2(secretAccessKey: string, stringToSign: string): string {
  return createHmac('sha1', secretAccessKey).update(stringToSign, 'utf8').digest('base64');
}
