import type { OperationContext } from '../../define-service.js';
import { noSuchBucketPolicy } from '../errors.js';
import { requireBucket } from '../model/buckets.js';

export function getBucketPolicy(input: { Bucket: string }, ctx: OperationContext): { Policy: string } {
  const bucket = requireBucket(ctx, input.Bucket);
  if (bucket.policy === undefined) throw noSuchBucketPolicy(bucket.name);
  return { Policy: bucket.policy };
}
