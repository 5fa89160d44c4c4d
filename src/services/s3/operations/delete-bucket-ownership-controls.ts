import type { OperationContext } from '../../define-service.js';
import { updateBucket } from '../model/update-bucket.js';

/** Without ownership controls a bucket behaves as ObjectWriter: ACLs apply again. */
export function deleteBucketOwnershipControls(input: { Bucket: string }, ctx: OperationContext): Record<string, never> {
  updateBucket(ctx, input.Bucket, ({ objectOwnership: _removed, ...bucket }) => bucket);
  return {};
}
