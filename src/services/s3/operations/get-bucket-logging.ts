import type { OperationContext } from '../../define-service.js';
import type { LoggingEnabled } from '../model/access-logging-config.js';
import { requireBucket } from '../model/buckets.js';

/** An empty BucketLoggingStatus when logging is off, as S3 answers. */
export function getBucketLogging(input: { Bucket: string }, ctx: OperationContext): { LoggingEnabled?: LoggingEnabled } {
  const bucket = requireBucket(ctx, input.Bucket);
  return bucket.logging ? { LoggingEnabled: bucket.logging } : {};
}
