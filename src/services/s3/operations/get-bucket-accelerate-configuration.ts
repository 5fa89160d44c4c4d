import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';

/** A bucket never configured answers an empty AccelerateConfiguration (no Status), as S3 does. */
export function getBucketAccelerateConfiguration(input: { Bucket: string }, ctx: OperationContext): Record<string, unknown> {
  const bucket = requireBucket(ctx, input.Bucket);
  return bucket.accelerate !== undefined ? { Status: bucket.accelerate } : {};
}
