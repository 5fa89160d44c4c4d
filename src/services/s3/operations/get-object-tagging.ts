import type { OperationContext } from '../../define-service.js';
import { methodNotAllowed } from '../errors.js';
import { requireBucket } from '../model/buckets.js';
import { findObject } from '../model/object-versions.js';
import type { Tag } from '../store.js';

export function getObjectTagging(input: { Bucket: string; Key: string; VersionId?: string }, ctx: OperationContext): { VersionId?: string; TagSet: Tag[] } {
  const bucket = requireBucket(ctx, input.Bucket);
  const row = findObject(ctx, bucket, input.Key, input.VersionId);
  if (row.deleteMarker) throw methodNotAllowed('GET', 'DeleteMarker');
  return { ...(bucket.versioning === undefined ? {} : { VersionId: row.versionId }), TagSet: row.tags ?? [] };
}
