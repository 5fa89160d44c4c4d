import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { bucketsTable } from '../store.js';

export function deleteBucketTagging(input: { Bucket: string }, ctx: OperationContext): Record<string, never> {
  const bucket = requireBucket(ctx, input.Bucket);
  const { tags: _dropped, ...rest } = bucket;
  ctx.table(bucketsTable).put(bucket.name, rest);
  return {};
}
