import type { OperationContext } from '../../define-service.js';
import { validateLogging, type LoggingEnabled } from '../model/access-logging-config.js';
import { requireBucket } from '../model/buckets.js';
import { updateBucket } from '../model/update-bucket.js';
import { bucketsTable } from '../store.js';

export interface PutBucketLoggingInput {
  Bucket: string;
  BucketLoggingStatus?: { LoggingEnabled?: LoggingEnabled };
}

/**
 * Turns server access logging on (LoggingEnabled) or off (an empty BucketLoggingStatus). Records
 * are collected per request (model/access-log-records.ts) and delivered as objects into the
 * target bucket every few minutes of Kumo's clock (model/access-log-delivery.ts).
 */
export function putBucketLogging(input: PutBucketLoggingInput, ctx: OperationContext): Record<string, never> {
  requireBucket(ctx, input.Bucket);
  const enabled = input.BucketLoggingStatus?.LoggingEnabled;
  updateBucket(ctx, input.Bucket, ({ logging: _old, ...bucket }) => {
    if (!enabled) return bucket;
    return { ...bucket, logging: validateLogging(bucket, enabled, ctx.table(bucketsTable).get(enabled.TargetBucket)) };
  });
  return {};
}
