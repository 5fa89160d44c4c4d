import type { OperationContext } from '../../define-service.js';
import { bucketsTable, type BucketRow } from '../store.js';
import { requireBucket } from './buckets.js';

/**
 * Reads the bucket, lets `change` check it and return the new row, and stores it, in one
 * transaction, so concurrent configuration writes to one bucket never lose each other's fields.
 */
export function updateBucket(ctx: OperationContext, name: string, change: (bucket: BucketRow) => BucketRow): BucketRow {
  return ctx.store.transaction(() => {
    const updated = change(requireBucket(ctx, name));
    ctx.table(bucketsTable).put(name, updated);
    return updated;
  });
}
