import type { OperationContext } from '../../define-service.js';
import { invalidArgument, invalidRange } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { resolveCopySource } from '../model/copy-source.js';
import { quote } from '../model/etags.js';
import { openObjectData, type ByteRange } from '../model/object-data.js';
import { nowSeconds } from '../model/object-rows.js';
import { stageBody } from '../model/stage-body.js';
import { checkPartNumber, requireUpload } from '../model/uploads.js';
import { partKey, partsTable } from '../store.js';
import { checkCustomerKey, type CustomerKeyInput } from '../model/object-encryption.js';
import { recordTieringAccess } from '../model/intelligent-tiering.js';
import { checkPartCustomerKey } from '../model/upload-encryption.js';

export interface UploadPartCopyInput extends CustomerKeyInput {
  Bucket: string;
  Key: string;
  UploadId: string;
  PartNumber: number;
  CopySource: string;
  CopySourceRange?: string;
  CopySourceIfMatch?: string;
  CopySourceIfNoneMatch?: string;
  CopySourceIfModifiedSince?: Date;
  CopySourceIfUnmodifiedSince?: Date;
  CopySourceSSECustomerAlgorithm?: string;
  CopySourceSSECustomerKey?: string;
  CopySourceSSECustomerKeyMD5?: string;
}

export async function uploadPartCopy(input: UploadPartCopyInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  requireBucket(ctx, input.Bucket);
  const upload = requireUpload(ctx, input.Bucket, input.Key, input.UploadId);
  checkPartNumber(input.PartNumber);
  checkPartCustomerKey(upload, input);
  const source = resolveCopySource(ctx, input.CopySource, {
    IfMatch: input.CopySourceIfMatch,
    IfNoneMatch: input.CopySourceIfNoneMatch,
    IfModifiedSince: input.CopySourceIfModifiedSince,
    IfUnmodifiedSince: input.CopySourceIfUnmodifiedSince,
  });
  // An SSE-C source needs its key, as for CopyObject.
  checkCustomerKey(source.row, { SSECustomerAlgorithm: input.CopySourceSSECustomerAlgorithm, SSECustomerKey: input.CopySourceSSECustomerKey, SSECustomerKeyMD5: input.CopySourceSSECustomerKeyMD5 });
  const range = copyRange(input.CopySourceRange, source.row.size);
  // Copying reads the source: S3 counts it as an access of an INTELLIGENT_TIERING object.
  recordTieringAccess(ctx, source.bucket, source.row);
  const staged = await stageBody(ctx, openObjectData(ctx.store.blobs, source.row.data, range), { ChecksumAlgorithm: upload.checksumAlgorithm });
  try {
    const etag = quote(staged.md5Hex);
    const lastModifiedMs = nowSeconds(ctx);
    ctx.store.transaction(() => {
      requireUpload(ctx, input.Bucket, input.Key, input.UploadId);
      const parts = ctx.table(partsTable);
      const key = partKey(upload.uploadId, input.PartNumber);
      const previous = parts.get(key);
      staged.blob.commit();
      parts.put(key, {
        partNumber: input.PartNumber,
        etag,
        size: staged.blob.size,
        lastModifiedMs,
        blob: { id: staged.blob.id, size: staged.blob.size },
        ...(staged.checksum ? { checksum: staged.checksum.value } : {}),
      });
      if (previous) ctx.store.blobs.remove(previous.blob.id);
    });
    return {
      CopyPartResult: { ETag: etag, LastModified: new Date(lastModifiedMs) },
      ...(source.versioned ? { CopySourceVersionId: source.row.versionId } : {}),
    };
  } finally {
    staged.blob.discard();
  }
}

/** `x-amz-copy-source-range: bytes=first-last`, both offsets required and inside the source. */
function copyRange(header: string | undefined, size: number): ByteRange | undefined {
  if (header === undefined) return undefined;
  const match = /^bytes=(\d+)-(\d+)$/.exec(header);
  if (!match) {
    throw invalidArgument(
      'The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy',
      'x-amz-copy-source-range',
      header,
    );
  }
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (end < start || end >= size) throw invalidRange(header, size);
  return { start, end };
}
