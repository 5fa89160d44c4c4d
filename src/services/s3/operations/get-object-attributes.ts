import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { checkCustomerKey, type CustomerKeyInput } from '../model/object-encryption.js';
import { attributesChecksum, objectParts, parseObjectAttributes } from '../model/object-attributes.js';
import { readObject } from '../model/read-object.js';

export interface GetObjectAttributesInput extends CustomerKeyInput {
  Bucket: string;
  Key: string;
  VersionId?: string;
  MaxParts?: number;
  PartNumberMarker?: number;
  ObjectAttributes?: string[];
}

/**
 * HEAD and ListParts in one answer, limited to the attributes asked for. Delete markers answer
 * as for GET (404 with `x-amz-delete-marker` when current, 405 when named by version); SSE-C
 * objects need their key. The ETag comes unquoted, as S3 sends it here.
 */
export function getObjectAttributes(input: GetObjectAttributesInput, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  const wanted = parseObjectAttributes(input.ObjectAttributes);
  const { row } = readObject(ctx, bucket, { Bucket: input.Bucket, Key: input.Key, VersionId: input.VersionId }, 'GET');
  checkCustomerKey(row, input);
  const output: Record<string, unknown> = { LastModified: new Date(row.lastModifiedMs) };
  if (bucket.versioning !== undefined) output.VersionId = row.versionId;
  if (wanted.has('ETag')) output.ETag = row.etag.replace(/"/g, '');
  if (wanted.has('Checksum')) {
    const checksum = attributesChecksum(row);
    if (checksum) output.Checksum = checksum;
  }
  if (wanted.has('ObjectParts')) {
    const parts = objectParts(row, { marker: input.PartNumberMarker, maxParts: input.MaxParts });
    if (parts) output.ObjectParts = parts;
  }
  if (wanted.has('StorageClass')) output.StorageClass = row.storageClass;
  if (wanted.has('ObjectSize')) output.ObjectSize = row.size;
  return output;
}
