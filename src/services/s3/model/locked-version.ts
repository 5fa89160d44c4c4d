import type { OperationContext } from '../../define-service.js';
import { methodNotAllowed } from '../errors.js';
import type { BucketRow, ObjectRow } from '../store.js';
import { requireBucket } from './buckets.js';
import { missingLockConfiguration } from './object-lock.js';
import { findObject } from './object-versions.js';

/** What the retention and legal hold operations share: a lock-enabled bucket and a real version. */
export function lockedVersion(ctx: OperationContext, input: { Bucket: string; Key: string; VersionId?: string }, method: string): { bucket: BucketRow; row: ObjectRow } {
  const bucket = requireBucket(ctx, input.Bucket);
  if (!bucket.objectLockEnabled) throw missingLockConfiguration();
  const row = findObject(ctx, bucket, input.Key, input.VersionId);
  if (row.deleteMarker) throw methodNotAllowed(method, 'DeleteMarker');
  return { bucket, row };
}
