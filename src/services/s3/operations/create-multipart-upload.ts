import type { OperationContext } from '../../define-service.js';
import { invalidRequest } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { parseChecksumAlgorithm } from '../model/checksums.js';
import { checkStorageClass, normalizeMetadata, nowSeconds, storedHeaders, type HeaderInput } from '../model/object-rows.js';
import { parseTaggingHeader } from '../model/tags.js';
import { newUploadId } from '../model/uploads.js';
import { uploadKey, uploadsTable, type UploadRow } from '../store.js';
import { encryptionHeaders, resolveWriteEncryption, type EncryptionInput } from '../model/object-encryption.js';
import { lockFieldsForWrite, type LockInput } from '../model/object-lock.js';
import type { AclInput } from '../model/acl.js';
import { grantsForWrite } from '../model/write-acl.js';

export interface CreateMultipartUploadInput extends HeaderInput, EncryptionInput, LockInput, AclInput {
  Bucket: string;
  Key: string;
  Metadata?: Record<string, string>;
  StorageClass?: string;
  Tagging?: string;
  ChecksumAlgorithm?: string;
  ChecksumType?: string;
}

export async function createMultipartUpload(input: CreateMultipartUploadInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const bucket = requireBucket(ctx, input.Bucket);
  const algorithm = parseChecksumAlgorithm(input.ChecksumAlgorithm);
  if (input.ChecksumAlgorithm !== undefined && !algorithm) throw invalidRequest('Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]');
  const type = input.ChecksumType === undefined ? undefined : input.ChecksumType.toUpperCase();
  if (type !== undefined && type !== 'COMPOSITE' && type !== 'FULL_OBJECT') throw invalidRequest('Value for x-amz-checksum-type header is invalid.');
  // CRC64NVME only combines as a full-object checksum, SHA only as a composite one.
  const checksumType = algorithm ? (type ?? (algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE')) : undefined;
  // Checked now (ACLs disabled, Block Public Access), applied to the object Complete makes.
  const acl = grantsForWrite(ctx, input);
  const lock = lockFieldsForWrite(bucket, input, ctx.clock.now());
  const encryption = await resolveWriteEncryption(ctx, bucket, input.Key, input);
  const upload: UploadRow = {
    uploadId: newUploadId(),
    bucket: bucket.name,
    key: input.Key,
    initiatedMs: nowSeconds(ctx),
    ownerAccountId: ctx.accountId,
    headers: storedHeaders(input),
    metadata: normalizeMetadata(input.Metadata),
    storageClass: checkStorageClass(input.StorageClass),
    ...(algorithm ? { checksumAlgorithm: algorithm, checksumType } : {}),
    ...(input.Tagging !== undefined ? { tags: parseTaggingHeader(input.Tagging) } : {}),
    ...encryption,
    ...lock,
    ...(acl ? { acl } : {}),
  };
  ctx.table(uploadsTable).put(uploadKey(bucket.name, input.Key, upload.uploadId), upload);
  return {
    Bucket: bucket.name,
    Key: input.Key,
    UploadId: upload.uploadId,
    ...encryptionHeaders(upload),
    ...(algorithm ? { ChecksumAlgorithm: algorithm, ChecksumType: checksumType } : {}),
  };
}
