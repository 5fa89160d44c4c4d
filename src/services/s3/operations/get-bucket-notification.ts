import type { OperationContext } from '../../define-service.js';
import { requireBucket } from '../model/buckets.js';
import type { NotificationTarget } from '../model/bucket-configs.js';

/**
 * The deprecated GetBucketNotification: the first topic, queue and function configuration of
 * the bucket's notification configuration, in the old shape (filters have no place in it).
 * Over HTTP, GET ?notification is answered by GetBucketNotificationConfiguration.
 */
export function getBucketNotification(input: { Bucket: string }, ctx: OperationContext): Record<string, unknown> {
  const targets = requireBucket(ctx, input.Bucket).notification?.targets ?? [];
  const first = (kind: NotificationTarget['kind']) => targets.find((t) => t.kind === kind);
  const out: Record<string, unknown> = {};
  const topic = first('topic');
  const queue = first('queue');
  const fn = first('lambda');
  if (topic) out.TopicConfiguration = { Id: topic.id, Events: topic.events, Topic: topic.arn };
  if (queue) out.QueueConfiguration = { Id: queue.id, Events: queue.events, Queue: queue.arn };
  if (fn) out.CloudFunctionConfiguration = { Id: fn.id, Events: fn.events, CloudFunction: fn.arn };
  return out;
}
