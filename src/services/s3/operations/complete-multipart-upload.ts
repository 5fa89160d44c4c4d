import { createHash } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { entityTooSmall, invalidPart, invalidPartOrder, malformedXml } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { checksumMember, newChecksummer } from '../model/checksums.js';
import { etagMatches } from '../model/etags.js';
import { openObjectData } from '../model/object-data.js';
import { newSort, nowSeconds } from '../model/object-rows.js';
import { putVersion } from '../model/object-versions.js';
import { dropUpload, requireUpload } from '../model/uploads.js';
import { checkWriteConditions } from '../model/write-conditions.js';
import { encryptionHeaders } from '../model/object-encryption.js';
import { notifyObjectEvent, originOf } from '../model/notifications.js';
import { partKey, partsTable, type ObjectRow, type PartRow, type StoredChecksum, type UploadRow } from '../store.js';

export interface CompleteMultipartUploadInput {
  Bucket: string;
  Key: string;
  UploadId: string;
  MultipartUpload?: { Parts?: Array<{ PartNumber?: number; ETag?: string } & Record<string, unknown>> };
  ChecksumType?: string;
  IfMatch?: string;
  IfNoneMatch?: string;
}

const MIN_PART_SIZE = 5 * 1024 * 1024;

/**
 * Joins the listed parts into one object without copying them: the object's data is the parts'
 * blobs in order. ETag: MD5 of the parts' binary MD5s, then `-N`.
 */
export async function completeMultipartUpload(input: CompleteMultipartUploadInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const bucket = requireBucket(ctx, input.Bucket);
  const upload = requireUpload(ctx, input.Bucket, input.Key, input.UploadId);
  checkWriteConditions(ctx, bucket, input);
  const listed = input.MultipartUpload?.Parts ?? [];
  if (listed.length === 0) throw malformedXml();
  const parts = chooseParts(ctx, upload, listed);
  const etagHash = createHash('md5');
  for (const part of parts) etagHash.update(Buffer.from(part.etag.replace(/"/g, ''), 'hex'));
  const data = parts.map((p) => p.blob);
  const checksum = await combinedChecksum(ctx, upload, parts, data).catch((error: unknown) => {
    // A part uploaded again meanwhile removes the bytes being read: that is the part's fault.
    ctx.store.transaction(() => {
      requireUpload(ctx, input.Bucket, input.Key, input.UploadId);
      rereadParts(ctx, upload, parts);
    });
    throw error;
  });
  const row: ObjectRow = {
    key: upload.key,
    versionId: '',
    sort: newSort(ctx),
    lastModifiedMs: nowSeconds(ctx),
    etag: `"${etagHash.digest('hex')}-${parts.length}"`,
    size: parts.reduce((sum, p) => sum + p.size, 0),
    data,
    partSizes: parts.map((p) => p.size),
    partNumbers: parts.map((p) => p.partNumber),
    ...(checksum ? { partChecksums: parts.map((p) => p.checksum!) } : {}),
    headers: upload.headers,
    metadata: upload.metadata,
    storageClass: upload.storageClass,
    ownerAccountId: upload.ownerAccountId,
    ...(checksum ? { checksum } : {}),
    ...(upload.tags && upload.tags.length > 0 ? { tags: upload.tags } : {}),
    ...(upload.serverSideEncryption ? { serverSideEncryption: upload.serverSideEncryption } : {}),
    ...(upload.kmsKeyId ? { kmsKeyId: upload.kmsKeyId } : {}),
    ...(upload.bucketKeyEnabled ? { bucketKeyEnabled: true } : {}),
    ...(upload.customerKeyMd5 ? { customerKeyMd5: upload.customerKeyMd5 } : {}),
    ...(upload.retention ? { retention: upload.retention } : {}),
    ...(upload.legalHold !== undefined ? { legalHold: upload.legalHold } : {}),
    ...(upload.acl ? { acl: upload.acl } : {}),
  };
  const stored = ctx.store.transaction(() => {
    const current = requireUpload(ctx, input.Bucket, input.Key, input.UploadId);
    checkWriteConditions(ctx, bucket, input);
    // An UploadPart of a listed part may have committed since the parts were read.
    row.data = rereadParts(ctx, upload, parts).map((p) => p.blob);
    dropUpload(ctx, current, new Set(row.data.map((d) => d.id)));
    return putVersion(ctx, requireBucket(ctx, bucket.name), row);
  });
  const output: Record<string, unknown> = {
    Location: `${ctx.endpoint}/${bucket.name}/${encodeURIComponent(upload.key).replace(/%2F/g, '/')}`,
    Bucket: bucket.name,
    Key: upload.key,
    ETag: stored.etag,
    ...encryptionHeaders(stored),
  };
  notifyObjectEvent(originOf(ctx), bucket, { name: 'ObjectCreated:CompleteMultipartUpload', key: stored.key, row: stored });
  if (bucket.versioning === 'Enabled') output.VersionId = stored.versionId;
  if (stored.checksum) {
    output[checksumMember(stored.checksum.algorithm)] = stored.checksum.value;
    output.ChecksumType = stored.checksum.type;
  }
  return output;
}

/** The listed parts, checked as S3 checks them: ascending numbers, known ETags, 5 MiB but the last. */
function chooseParts(ctx: OperationContext, upload: UploadRow, listed: NonNullable<CompleteMultipartUploadInput['MultipartUpload']>['Parts'] & object): PartRow[] {
  const table = ctx.table(partsTable);
  const parts: PartRow[] = [];
  let previous = 0;
  for (const entry of listed) {
    const number = entry.PartNumber ?? 0;
    if (number <= previous) throw invalidPartOrder(upload.uploadId);
    previous = number;
    const part = table.get(partKey(upload.uploadId, number));
    if (!part || entry.ETag === undefined || !etagMatches(entry.ETag, part.etag)) throw invalidPart(number, entry.ETag, upload.uploadId);
    if (upload.checksumAlgorithm && part.checksum !== undefined) {
      const sent = entry[checksumMember(upload.checksumAlgorithm)];
      if (typeof sent === 'string' && sent !== part.checksum) throw invalidPart(number, entry.ETag, upload.uploadId);
    }
    parts.push(part);
  }
  parts.forEach((part, i) => {
    if (i < parts.length - 1 && part.size < MIN_PART_SIZE) throw entityTooSmall(part.size, part.partNumber, part.etag);
  });
  return parts;
}

/**
 * The chosen parts as they are now, inside the completing transaction: a part replaced by a
 * concurrent UploadPart (another ETag) or gone is `InvalidPart`, as if it had been listed with
 * a stale ETag; one replaced by the same bytes (same ETag) completes with its new blob.
 */
function rereadParts(ctx: OperationContext, upload: UploadRow, parts: readonly PartRow[]): PartRow[] {
  const table = ctx.table(partsTable);
  return parts.map((part) => {
    const now = table.get(partKey(upload.uploadId, part.partNumber));
    if (!now || now.etag !== part.etag) throw invalidPart(part.partNumber, part.etag, upload.uploadId);
    return now;
  });
}

/**
 * COMPOSITE: the checksum of the parts' checksums, `-N`. FULL_OBJECT: the checksum of the whole
 * object, computed by reading the parts once more (Kumo does not combine CRCs arithmetically).
 */
async function combinedChecksum(ctx: OperationContext, upload: UploadRow, parts: PartRow[], data: ObjectRow['data']): Promise<StoredChecksum | undefined> {
  const algorithm = upload.checksumAlgorithm;
  if (!algorithm || parts.some((p) => p.checksum === undefined)) return undefined;
  const checksummer = newChecksummer(algorithm);
  if (upload.checksumType === 'FULL_OBJECT') {
    for await (const chunk of openObjectData(ctx.store.blobs, data)) checksummer.update(chunk as Buffer);
    return { algorithm, value: checksummer.digest().toString('base64'), type: 'FULL_OBJECT' };
  }
  for (const part of parts) checksummer.update(Buffer.from(part.checksum!, 'base64'));
  return { algorithm, value: `${checksummer.digest().toString('base64')}-${parts.length}`, type: 'COMPOSITE' };
}

