import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { deleteObjectVersion, type DeleteResult } from '../model/delete-object.js';

export function deleteObject(input: { Bucket: string; Key: string; VersionId?: string }, ctx: OperationContext): DeleteResult {
  const bucket = requireBucket(ctx, input.Bucket);
  return deleteObjectVersion(ctx, bucket, input.Key, input.VersionId);
}
