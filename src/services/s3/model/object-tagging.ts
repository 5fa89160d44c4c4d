import type { OperationContext } from '../../define-service.js';
import { methodNotAllowed } from '../errors.js';
import type { ObjectRow, Tag } from '../store.js';
import { requireBucket } from './buckets.js';
import { notifyObjectEvent, originOf } from './notifications.js';
import { findObject } from './object-versions.js';
import { rewriteVersion } from './rewrite-version.js';

/**
 * Replaces one version's tag set (Put and DeleteObjectTagging) and sends the
 * ObjectTagging:Put / ObjectTagging:Delete event. Returns the version's id as S3 reports it.
 */
export function replaceObjectTags(
  ctx: OperationContext,
  input: { Bucket: string; Key: string; VersionId?: string },
  tags: Tag[],
  method: 'PUT' | 'DELETE',
): { VersionId?: string } {
  const { bucket, row } = ctx.store.transaction(() => {
    const bucket = requireBucket(ctx, input.Bucket);
    const found = findObject(ctx, bucket, input.Key, input.VersionId);
    if (found.deleteMarker) throw methodNotAllowed(method, 'DeleteMarker');
    const { tags: _old, ...rest } = found;
    const row: ObjectRow = tags.length > 0 ? { ...rest, tags } : rest;
    rewriteVersion(ctx, bucket, row);
    return { bucket, row };
  });
  notifyObjectEvent(originOf(ctx), bucket, { name: method === 'PUT' ? 'ObjectTagging:Put' : 'ObjectTagging:Delete', key: row.key, row });
  return bucket.versioning === undefined ? {} : { VersionId: row.versionId };
}
