import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import { parseNotificationConfiguration, testEventMessage, validateDestinations, type WireNotificationConfiguration } from '../model/notification-config.js';
import { deliver } from '../model/notifications.js';
import { bucketsTable } from '../store.js';

export interface PutBucketNotificationConfigurationInput {
  Bucket: string;
  NotificationConfiguration?: WireNotificationConfiguration;
  SkipDestinationValidation?: boolean;
}

/**
 * Replaces the bucket's notification targets (an empty configuration turns them off). Each
 * destination must exist; queues and topics then get S3's s3:TestEvent.
 */
export async function putBucketNotificationConfiguration(input: PutBucketNotificationConfigurationInput, ctx: OperationContext): Promise<Record<string, never>> {
  const bucket = requireBucket(ctx, input.Bucket);
  const config = input.NotificationConfiguration ?? {};
  const targets = parseNotificationConfiguration(config);
  if (!input.SkipDestinationValidation) await validateDestinations(ctx.aws, targets);
  const eventBridge = config.EventBridgeConfiguration !== undefined;
  ctx.store.transaction(() => {
    const { notification: _old, ...current } = requireBucket(ctx, input.Bucket);
    ctx.table(bucketsTable).put(bucket.name, targets.length > 0 || eventBridge ? { ...current, notification: { targets, eventBridge } } : current);
  });
  if (!input.SkipDestinationValidation) {
    const message = testEventMessage(bucket, ctx.clock.now(), ctx.requestId);
    for (const target of targets) if (target.kind !== 'lambda') await deliver(ctx.aws, target, message).catch(() => undefined);
  }
  return {};
}
