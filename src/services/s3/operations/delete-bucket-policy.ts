import type { OperationContext } from '../../define-service.js';
import { updateBucket } from '../model/update-bucket.js';

/** Deleting a policy that is not there succeeds, as on S3 (204). */
export function deleteBucketPolicy(input: { Bucket: string }, ctx: OperationContext): Record<string, never> {
  updateBucket(ctx, input.Bucket, ({ policy: _removed, ...bucket }) => bucket);
  return {};
}
