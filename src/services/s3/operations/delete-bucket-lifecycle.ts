import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { bucketsTable } from '../store.js';

/** Removes the rules (204 whether or not there were any, as S3 answers). */
export function deleteBucketLifecycle(input: { Bucket: string }, ctx: OperationContext): Record<string, never> {
  ctx.store.transaction(() => {
    const { lifecycle: _removed, ...bucket } = requireBucket(ctx, input.Bucket);
    ctx.table(bucketsTable).put(bucket.name, bucket);
  });
  return {};
}
