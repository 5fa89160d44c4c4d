import type { OperationContext } from '../../define-service.js';
import { updateBucket } from '../model/update-bucket.js';

/** Removes the rules (204 whether or not there were any); replications already scheduled still land. */
export function deleteBucketReplication(input: { Bucket: string }, ctx: OperationContext): Record<string, never> {
  updateBucket(ctx, input.Bucket, ({ replication: _removed, ...bucket }) => bucket);
  return {};
}
