import type { OperationContext } from '../../define-service.js';
import { ownershipControlsNotFound } from '../errors.js';
import { requireBucket } from '../model/buckets.js';

export function getBucketOwnershipControls(input: { Bucket: string }, ctx: OperationContext): { OwnershipControls: { Rules: Array<{ ObjectOwnership: string }> } } {
  const bucket = requireBucket(ctx, input.Bucket);
  if (!bucket.objectOwnership) throw ownershipControlsNotFound(bucket.name);
  return { OwnershipControls: { Rules: [{ ObjectOwnership: bucket.objectOwnership }] } };
}
