import type { OperationContext } from '../../define-service.js';
import { updateBucket } from '../model/update-bucket.js';

export function deletePublicAccessBlock(input: { Bucket: string }, ctx: OperationContext): Record<string, never> {
  updateBucket(ctx, input.Bucket, (bucket) => ({ ...bucket, publicAccessBlock: null }));
  return {};
}
