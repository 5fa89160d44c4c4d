import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';

/** us-east-1 buckets answer an empty constraint, as AWS does. */
export function getBucketLocation(input: { Bucket: string }, ctx: OperationContext): { LocationConstraint?: string } {
  const bucket = requireBucket(ctx, input.Bucket);
  return bucket.region === 'us-east-1' ? {} : { LocationConstraint: bucket.region };
}
