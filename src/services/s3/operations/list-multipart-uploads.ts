import type { OperationContext } from '../../define-service.js';
import { ownerOf, requireBucket } from '../model/buckets.js';
import { checkEncodingType } from '../model/list-output.js';
import { uploadsTable, VERSION_SEPARATOR, type UploadRow } from '../store.js';

export interface ListMultipartUploadsInput {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  KeyMarker?: string;
  UploadIdMarker?: string;
  MaxUploads?: number;
  EncodingType?: string;
}

/** Uploads in key order (then upload id); in-progress uploads are few, so this scans them. */
export function listMultipartUploads(input: ListMultipartUploadsInput, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const encode = checkEncodingType(input.EncodingType);
  const max = Math.min(input.MaxUploads ?? 1000, 1000);
  const prefix = input.Prefix ?? '';
  const delimiter = input.Delimiter || undefined;
  const base = `${bucket.name}/`;
  let after: string | undefined;
  if (input.KeyMarker) {
    after = input.UploadIdMarker ? `${base}${input.KeyMarker}${VERSION_SEPARATOR}${input.UploadIdMarker}` : `${base}${input.KeyMarker}${VERSION_SEPARATOR}\u{10FFFF}`;
  }
  const uploads: UploadRow[] = [];
  const prefixes: string[] = [];
  let truncated = false;
  for (const { value } of ctx.table(uploadsTable).list({ prefix: base + prefix, after })) {
    const cut = delimiter ? value.key.indexOf(delimiter, prefix.length) : -1;
    const common = cut >= 0 ? value.key.slice(0, cut + delimiter!.length) : undefined;
    if (common !== undefined && (prefixes.includes(common) || common === input.KeyMarker)) continue;
    if (uploads.length + prefixes.length === max) {
      truncated = true;
      break;
    }
    if (common !== undefined) prefixes.push(common);
    else uploads.push(value);
  }
  const output: Record<string, unknown> = {
    Bucket: bucket.name,
    KeyMarker: encode(input.KeyMarker ?? ''),
    UploadIdMarker: input.UploadIdMarker ?? '',
    Prefix: encode(prefix),
    MaxUploads: max,
    IsTruncated: truncated,
    Uploads: uploads.map((u) => ({
      UploadId: u.uploadId,
      Key: encode(u.key),
      Initiated: new Date(u.initiatedMs),
      StorageClass: u.storageClass,
      Owner: ownerOf(u.ownerAccountId),
      Initiator: ownerOf(u.ownerAccountId),
      ...(u.checksumAlgorithm ? { ChecksumAlgorithm: u.checksumAlgorithm, ChecksumType: u.checksumType } : {}),
    })),
  };
  if (delimiter !== undefined) output.Delimiter = encode(delimiter);
  if (input.EncodingType !== undefined) output.EncodingType = input.EncodingType;
  if (prefixes.length > 0) output.CommonPrefixes = prefixes.map((p) => ({ Prefix: encode(p) }));
  const last = uploads[uploads.length - 1];
  if (truncated && last) {
    output.NextKeyMarker = encode(last.key);
    output.NextUploadIdMarker = last.uploadId;
  }
  return output;
}
