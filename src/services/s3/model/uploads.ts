import { randomBytes } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidArgument, noSuchUpload } from '../errors.js';
import { partsTable, uploadKey, uploadsTable, type UploadRow } from '../store.js';

export function newUploadId(): string {
  return randomBytes(48).toString('base64url');
}

export function requireUpload(ctx: OperationContext, bucket: string, key: string, uploadId: string): UploadRow {
  const upload = ctx.table(uploadsTable).get(uploadKey(bucket, key, uploadId));
  if (!upload) throw noSuchUpload(uploadId);
  return upload;
}

export function checkPartNumber(partNumber: number | undefined): number {
  if (partNumber === undefined || !Number.isInteger(partNumber) || partNumber < 1 || partNumber > 10_000) {
    throw invalidArgument('Part number must be an integer between 1 and 10000, inclusive', 'partNumber', String(partNumber));
  }
  return partNumber;
}

/**
 * Forgets an upload and its parts; `keepBlobs` are blobs now owned by a completed object.
 * Call inside a transaction.
 */
export function dropUpload(ctx: OperationContext, upload: UploadRow, keepBlobs: ReadonlySet<string> = new Set()): void {
  const parts = ctx.table(partsTable);
  for (const { value } of parts.list({ prefix: `${upload.uploadId}/` })) {
    if (!keepBlobs.has(value.blob.id)) ctx.store.blobs.remove(value.blob.id);
  }
  parts.deleteRange({ prefix: `${upload.uploadId}/` });
  ctx.table(uploadsTable).delete(uploadKey(upload.bucket, upload.key, upload.uploadId));
}
