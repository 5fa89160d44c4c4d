import type { OperationContext } from '../../define-service.js';
import { updateBucket } from '../model/update-bucket.js';

export function deleteBucketWebsite(input: { Bucket: string }, ctx: OperationContext): Record<string, never> {
  updateBucket(ctx, input.Bucket, ({ website: _removed, ...bucket }) => bucket);
  return {};
}
