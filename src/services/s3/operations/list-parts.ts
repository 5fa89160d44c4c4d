import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { ownerOf, requireBucket } from '../model/buckets.js';
import { checksumMember } from '../model/checksums.js';
import { requireUpload } from '../model/uploads.js';
import { partKey, partsTable } from '../store.js';

export interface ListPartsInput {
  Bucket: string;
  Key: string;
  UploadId: string;
  MaxParts?: number;
  PartNumberMarker?: string;
}

export function listParts(input: ListPartsInput, ctx: OperationContext): Record<string, unknown> {
  requireBucket(ctx, input.Bucket);
  const upload = requireUpload(ctx, input.Bucket, input.Key, input.UploadId);
  const maxParts = input.MaxParts ?? 1000;
  if (!Number.isInteger(maxParts) || maxParts < 0) throw invalidArgument('Argument max-parts must be an integer between 0 and 2147483647', 'max-parts', String(maxParts));
  const marker = input.PartNumberMarker === undefined ? 0 : Number(input.PartNumberMarker);
  if (!Number.isInteger(marker) || marker < 0) throw invalidArgument('Argument part-number-marker must be an integer between 0 and 2147483647', 'part-number-marker', input.PartNumberMarker);
  const limit = Math.min(maxParts, 1000);
  const rows = ctx.table(partsTable).list({ prefix: `${upload.uploadId}/`, after: marker > 0 ? partKey(upload.uploadId, marker) : undefined, limit: limit + 1 });
  const page = rows.slice(0, limit).map((r) => r.value);
  const truncated = rows.length > limit;
  const owner = ownerOf(upload.ownerAccountId);
  const output: Record<string, unknown> = {
    Bucket: upload.bucket,
    Key: upload.key,
    UploadId: upload.uploadId,
    PartNumberMarker: String(marker),
    MaxParts: maxParts,
    IsTruncated: truncated,
    Initiator: owner,
    Owner: owner,
    StorageClass: upload.storageClass,
    Parts: page.map((part) => ({
      PartNumber: part.partNumber,
      LastModified: new Date(part.lastModifiedMs),
      ETag: part.etag,
      Size: part.size,
      ...(part.checksum !== undefined && upload.checksumAlgorithm ? { [checksumMember(upload.checksumAlgorithm)]: part.checksum } : {}),
    })),
  };
  if (page.length > 0) output.NextPartNumberMarker = String(page[page.length - 1]!.partNumber);
  if (upload.checksumAlgorithm) {
    output.ChecksumAlgorithm = upload.checksumAlgorithm;
    output.ChecksumType = upload.checksumType;
  }
  return output;
}
