import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';

export function getBucketRequestPayment(input: { Bucket: string }, ctx: OperationContext): Record<string, unknown> {
  return { Payer: requireBucket(ctx, input.Bucket).requestPayer ?? 'BucketOwner' };
}
