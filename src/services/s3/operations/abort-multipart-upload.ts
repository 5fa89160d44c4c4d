import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { dropUpload, requireUpload } from '../model/uploads.js';

export function abortMultipartUpload(input: { Bucket: string; Key: string; UploadId: string }, ctx: OperationContext): Record<string, never> {
  requireBucket(ctx, input.Bucket);
  ctx.store.transaction(() => dropUpload(ctx, requireUpload(ctx, input.Bucket, input.Key, input.UploadId)));
  return {};
}
