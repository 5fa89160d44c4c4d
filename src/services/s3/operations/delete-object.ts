import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { deleteObjectVersion, type DeleteResult } from '../model/delete-object.js';
import { notifyObjectEvent, originOf } from '../model/notifications.js';
import { checkDeleteCondition } from '../model/delete-conditions.js';

export function deleteObject(input: { Bucket: string; Key: string; VersionId?: string; BypassGovernanceRetention?: boolean; IfMatch?: string }, ctx: OperationContext): DeleteResult {
  const bucket = requireBucket(ctx, input.Bucket);
  checkDeleteCondition(ctx, bucket, input.Key, input.IfMatch);
  const result = deleteObjectVersion(ctx, bucket, input.Key, input.VersionId, input.BypassGovernanceRetention);
  const created = result.DeleteMarker === true && input.VersionId === undefined;
  notifyObjectEvent(originOf(ctx), bucket, {
    name: created ? 'ObjectRemoved:DeleteMarkerCreated' : 'ObjectRemoved:Delete',
    key: input.Key,
    row: { size: 0, etag: '', versionId: result.VersionId ?? 'null' },
  });
  return result;
}
