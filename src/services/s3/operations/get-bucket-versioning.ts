import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';

/** A bucket that never had versioning answers an empty configuration. */
export function getBucketVersioning(input: { Bucket: string }, ctx: OperationContext): { Status?: string; MFADelete?: string } {
  const bucket = requireBucket(ctx, input.Bucket);
  if (bucket.versioning === undefined) return {};
  return { Status: bucket.versioning, ...(bucket.mfaDelete ? { MFADelete: bucket.mfaDelete } : {}) };
}
