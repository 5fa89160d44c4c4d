import type { OperationContext } from '../../define-service.js';
import { encryptionHeaders, type CustomerKeyInput } from '../model/object-encryption.js';
import { checkPartCustomerKey } from '../model/upload-encryption.js';
import { requireBucket } from '../model/buckets.js';
import { checksumMember } from '../model/checksums.js';
import { quote } from '../model/etags.js';
import { nowSeconds } from '../model/object-rows.js';
import { discardBody, stageBody, type ChecksumInput } from '../model/stage-body.js';
import { checkPartNumber, requireUpload } from '../model/uploads.js';
import { partKey, partsTable, type UploadRow } from '../store.js';

export interface UploadPartInput extends ChecksumInput, CustomerKeyInput {
  Bucket: string;
  Key: string;
  UploadId: string;
  PartNumber: number;
  Body?: unknown;
}

export async function uploadPart(input: UploadPartInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  let upload: UploadRow;
  try {
    requireBucket(ctx, input.Bucket);
    upload = requireUpload(ctx, input.Bucket, input.Key, input.UploadId);
    checkPartNumber(input.PartNumber);
    checkPartCustomerKey(upload, input);
  } catch (error) {
    discardBody(input.Body);
    throw error;
  }
  const staged = await stageBody(ctx, input.Body, { ...input, ChecksumAlgorithm: input.ChecksumAlgorithm ?? upload.checksumAlgorithm });
  try {
    const etag = quote(staged.md5Hex);
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
        lastModifiedMs: nowSeconds(ctx),
        blob: { id: staged.blob.id, size: staged.blob.size },
        ...(staged.checksum ? { checksum: staged.checksum.value } : {}),
      });
      // A part uploaded again replaces the earlier bytes.
      if (previous) ctx.store.blobs.remove(previous.blob.id);
    });
    const output: Record<string, unknown> = { ETag: etag, ...encryptionHeaders(upload) };
    if (staged.checksum) output[checksumMember(staged.checksum.algorithm)] = staged.checksum.value;
    return output;
  } finally {
    staged.blob.discard();
  }
}
