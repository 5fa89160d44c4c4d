import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import type { NotificationTarget } from '../model/bucket-configs.js';

/** The configuration as put; a bucket without one answers an empty configuration, as S3 does. */
export function getBucketNotificationConfiguration(input: { Bucket: string }, ctx: OperationContext): Record<string, unknown> {
  const notification = requireBucket(ctx, input.Bucket).notification;
  const out: Record<string, unknown> = {};
  if (!notification) return out;
  const wire = (t: NotificationTarget, arnMember: string) => ({
    Id: t.id,
    [arnMember]: t.arn,
    Events: t.events,
    ...(t.filterRules ? { Filter: { Key: { FilterRules: t.filterRules } } } : {}),
  });
  const of = (kind: NotificationTarget['kind']) => notification.targets.filter((t) => t.kind === kind);
  if (of('topic').length) out.TopicConfigurations = of('topic').map((t) => wire(t, 'TopicArn'));
  if (of('queue').length) out.QueueConfigurations = of('queue').map((t) => wire(t, 'QueueArn'));
  if (of('lambda').length) out.LambdaFunctionConfigurations = of('lambda').map((t) => wire(t, 'LambdaFunctionArn'));
  if (notification.eventBridge) out.EventBridgeConfiguration = {};
  return out;
}
