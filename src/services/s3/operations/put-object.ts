import type { OperationContext } from '../../define-service.js';
import { requireBucket, requireBucketAtRequestStart } from '../model/buckets.js';
import { checksumMember } from '../model/checksums.js';
import { checkStorageClass, normalizeMetadata, stagedObjectRow, storedHeaders, type HeaderInput } from '../model/object-rows.js';
import { putVersion } from '../model/object-versions.js';
import { discardBody, stageBody, type ChecksumInput } from '../model/stage-body.js';
import { parseTaggingHeader } from '../model/tags.js';
import { checkWriteConditions } from '../model/write-conditions.js';
import { encryptionHeaders, resolveWriteEncryption, type EncryptionFields, type EncryptionInput } from '../model/object-encryption.js';
import { lockFieldsForWrite, type LockInput } from '../model/object-lock.js';
import { notifyObjectEvent, originOf } from '../model/notifications.js';
import type { BucketRow, ObjectRow } from '../store.js';

export interface PutObjectInput extends HeaderInput, ChecksumInput, EncryptionInput, LockInput {
  Bucket: string;
  Key: string;
  Body?: unknown;
  Metadata?: Record<string, string>;
  StorageClass?: string;
  Tagging?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
  ServerSideEncryption?: string;
}

export async function putObject(input: PutObjectInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  let bucket: BucketRow;
  let storageClass: string;
  let tags: ObjectRow['tags'];
  let encryption: EncryptionFields;
  let lock: Pick<ObjectRow, 'retention' | 'legalHold'>;
  try {
    bucket = requireBucketAtRequestStart(ctx, input.Bucket);
    storageClass = checkStorageClass(input.StorageClass);
    tags = parseTaggingHeader(input.Tagging);
    checkWriteConditions(ctx, bucket, input);
    lock = lockFieldsForWrite(bucket, input, ctx.clock.now());
    encryption = await resolveWriteEncryption(ctx, bucket, input.Key, input);
  } catch (error) {
    discardBody(input.Body);
    throw error;
  }
  const staged = await stageBody(ctx, input.Body, input);
  try {
    const row = stagedObjectRow(ctx, input.Key, staged, {
      headers: storedHeaders(input),
      metadata: normalizeMetadata(input.Metadata),
      storageClass,
      tags,
      ...encryption,
      ...lock,
    });
    const stored = ctx.store.transaction(() => {
      // Read again inside the transaction: another PUT may have landed while this one streamed.
      bucket = requireBucket(ctx, input.Bucket);
      checkWriteConditions(ctx, bucket, input);
      staged.blob.commit();
      return putVersion(ctx, bucket, row);
    });
    // PostObject (browser forms) stores through here; S3 names its event ObjectCreated:Post.
    notifyObjectEvent(originOf(ctx), bucket, { name: ctx.operation === 'PostObject' ? 'ObjectCreated:Post' : 'ObjectCreated:Put', key: stored.key, row: stored });
    const output: Record<string, unknown> = { ETag: stored.etag, ...encryptionHeaders(stored) };
    if (bucket.versioning === 'Enabled') output.VersionId = stored.versionId;
    if (stored.checksum) {
      output[checksumMember(stored.checksum.algorithm)] = stored.checksum.value;
      output.ChecksumType = 'FULL_OBJECT';
    }
    return output;
  } finally {
    staged.blob.discard();
  }
}
