import type { OperationContext } from '../../define-service.js';
import { recordTieringAccess } from '../model/intelligent-tiering.js';
import { invalidArgument, invalidRequest } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { checksumMember, parseChecksumAlgorithm } from '../model/checksums.js';
import { resolveCopySource } from '../model/copy-source.js';
import { openObjectData } from '../model/object-data.js';
import { checkStorageClass, normalizeMetadata, stagedObjectRow, storedHeaders, type HeaderInput } from '../model/object-rows.js';
import { putVersion } from '../model/object-versions.js';
import { stageBody } from '../model/stage-body.js';
import { parseTaggingHeader } from '../model/tags.js';
import { invalidObjectState } from '../errors.js';
import { checkCustomerKey, encryptionHeaders, resolveWriteEncryption, type EncryptionInput } from '../model/object-encryption.js';
import { lockFieldsForWrite, type LockInput } from '../model/object-lock.js';
import { notifyObjectEvent, originOf } from '../model/notifications.js';
import { isReadable } from '../model/restore.js';
import { COPY_SOURCE_TAGGING, deferredDenial } from '../../../policy/index.js';

export interface CopyObjectInput extends HeaderInput, EncryptionInput, LockInput {
  Bucket: string;
  Key: string;
  CopySource: string;
  CopySourceIfMatch?: string;
  CopySourceIfNoneMatch?: string;
  CopySourceIfModifiedSince?: Date;
  CopySourceIfUnmodifiedSince?: Date;
  MetadataDirective?: string;
  TaggingDirective?: string;
  Metadata?: Record<string, string>;
  StorageClass?: string;
  Tagging?: string;
  ChecksumAlgorithm?: string;
  CopySourceSSECustomerAlgorithm?: string;
  CopySourceSSECustomerKey?: string;
  CopySourceSSECustomerKeyMD5?: string;
}

/** Copies by streaming the source's bytes into a new blob: the copy outlives its source. */
export async function copyObject(input: CopyObjectInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const bucket = requireBucket(ctx, input.Bucket);
  const source = resolveCopySource(ctx, input.CopySource, {
    IfMatch: input.CopySourceIfMatch,
    IfNoneMatch: input.CopySourceIfNoneMatch,
    IfModifiedSince: input.CopySourceIfModifiedSince,
    IfUnmodifiedSince: input.CopySourceIfUnmodifiedSince,
  });
  const directive = input.MetadataDirective ?? 'COPY';
  if (directive !== 'COPY' && directive !== 'REPLACE') throw invalidArgument('Unknown metadata directive.', 'x-amz-metadata-directive', directive);
  const taggingDirective = input.TaggingDirective ?? 'COPY';
  if (taggingDirective !== 'COPY' && taggingDirective !== 'REPLACE') throw invalidArgument('Unknown tagging directive.', 'x-amz-tagging-directive', taggingDirective);
  const src = source.row;
  // Copying the source's tags reads them: s3:GetObjectTagging on the source (checked by the authorize step).
  const copiedTagsDenied = taggingDirective === 'COPY' && (src.tags?.length ?? 0) > 0 ? deferredDenial(input, COPY_SOURCE_TAGGING) : undefined;
  if (copiedTagsDenied) throw copiedTagsDenied;
  // An archived source must be restored first; an SSE-C source needs its key.
  if (!isReadable(src, ctx.clock.now())) throw invalidObjectState(src.storageClass, src.accessTier);
  checkCustomerKey(src, { SSECustomerAlgorithm: input.CopySourceSSECustomerAlgorithm, SSECustomerKey: input.CopySourceSSECustomerKey, SSECustomerKeyMD5: input.CopySourceSSECustomerKeyMD5 });
  // Copying reads the source: S3 counts it as an access of an INTELLIGENT_TIERING object.
  recordTieringAccess(ctx, source.bucket, src);
  const sameObject = source.bucket.name === bucket.name && src.key === input.Key;
  if (sameObject && directive === 'COPY' && input.StorageClass === undefined && input.WebsiteRedirectLocation === undefined && input.ServerSideEncryption === undefined) {
    throw invalidRequest(
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
    );
  }
  const storageClass = checkStorageClass(input.StorageClass);
  const tags = taggingDirective === 'REPLACE' ? parseTaggingHeader(input.Tagging) : src.tags;
  const lock = lockFieldsForWrite(bucket, input, ctx.clock.now());
  const encryption = await resolveWriteEncryption(ctx, bucket, input.Key, input);
  const algorithm = parseChecksumAlgorithm(input.ChecksumAlgorithm) ?? (src.checksum?.type === 'FULL_OBJECT' ? src.checksum.algorithm : undefined);

  const staged = await stageBody(ctx, openObjectData(ctx.store.blobs, src.data), { ChecksumAlgorithm: algorithm });
  try {
    const row = stagedObjectRow(ctx, input.Key, staged, {
      headers: directive === 'REPLACE' ? storedHeaders(input) : { ...src.headers },
      metadata: directive === 'REPLACE' ? normalizeMetadata(input.Metadata) : { ...src.metadata },
      storageClass,
      tags,
      ...encryption,
      ...lock,
    });
    const stored = ctx.store.transaction(() => {
      staged.blob.commit();
      return putVersion(ctx, requireBucket(ctx, input.Bucket), row);
    });
    const result: Record<string, unknown> = { ETag: stored.etag, LastModified: new Date(stored.lastModifiedMs) };
    if (stored.checksum) {
      result[checksumMember(stored.checksum.algorithm)] = stored.checksum.value;
      result.ChecksumType = 'FULL_OBJECT';
    }
    notifyObjectEvent(originOf(ctx), bucket, { name: 'ObjectCreated:Copy', key: stored.key, row: stored });
    const output: Record<string, unknown> = { CopyObjectResult: result, ...encryptionHeaders(stored) };
    if (bucket.versioning === 'Enabled') output.VersionId = stored.versionId;
    if (source.versioned) output.CopySourceVersionId = src.versionId;
    return output;
  } finally {
    staged.blob.discard();
  }
}
