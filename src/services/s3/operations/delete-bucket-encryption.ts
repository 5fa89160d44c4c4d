import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { bucketsTable } from '../store.js';

/** Back to the SSE-S3 default every bucket has. */
export function deleteBucketEncryption(input: { Bucket: string }, ctx: OperationContext): Record<string, never> {
  ctx.store.transaction(() => {
    const { encryption: _removed, ...bucket } = requireBucket(ctx, input.Bucket);
    ctx.table(bucketsTable).put(bucket.name, bucket);
  });
  return {};
}
