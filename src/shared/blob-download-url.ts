import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * Presigned download URLs for blobs, like the S3 URLs AWS hands out for Lambda code
 * (GetFunction's Code.Location): the holder can fetch that one blob until it expires,
 * without credentials. The key lives for the process, so URLs die with it, as AWS's expire.
 */
const KEY = randomBytes(32);
export const BLOB_DOWNLOAD_PATH = '/_kumo/blobs/';

function signature(blobId: string, expiresMs: number, filename: string): string {
  return createHmac('sha256', KEY).update(`${blobId}\n${expiresMs}\n${filename}`).digest('hex');
}

/** A URL under `endpoint` that serves the blob until `expiresMs` (Kumo clock, epoch ms). */
export function blobDownloadUrl(endpoint: string, blobId: string, expiresMs: number, filename: string): string {
  const query = new URLSearchParams({ expires: String(expiresMs), filename, signature: signature(blobId, expiresMs, filename) });
  return `${endpoint.replace(/\/+$/, '')}${BLOB_DOWNLOAD_PATH}${blobId}?${query.toString()}`;
}

/** The blob id and file name a signed URL grants, or undefined when forged or expired. */
export function verifyBlobDownload(path: string, query: URLSearchParams, nowMs: number): { blobId: string; filename: string } | undefined {
  const blobId = path.slice(BLOB_DOWNLOAD_PATH.length);
  const expires = Number(query.get('expires'));
  const filename = query.get('filename') ?? '';
  const given = Buffer.from(query.get('signature') ?? '', 'hex');
  const expected = Buffer.from(signature(blobId, expires, filename), 'hex');
  if (!/^[0-9a-f]{32}$/.test(blobId) || !Number.isFinite(expires) || given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return expires >= nowMs ? { blobId, filename } : undefined;
}
