import type { OperationContext } from '../../define-service.js';
import { putBucketNotificationConfiguration } from './put-bucket-notification-configuration.js';

interface LegacyConfig {
  Id?: string;
  Event?: string;
  Events?: string[];
}

export interface PutBucketNotificationInput {
  Bucket: string;
  NotificationConfiguration?: {
    TopicConfiguration?: LegacyConfig & { Topic?: string };
    QueueConfiguration?: LegacyConfig & { Queue?: string };
    CloudFunctionConfiguration?: LegacyConfig & { CloudFunction?: string; InvocationRole?: string };
  };
}

const eventsOf = (c: LegacyConfig) => c.Events ?? (c.Event !== undefined ? [c.Event] : []);

/**
 * The deprecated PutBucketNotification (at most one topic, queue and cloud function): stored as
 * the bucket's one notification configuration, with the same destination checks, so
 * GetBucketNotificationConfiguration shows it. InvocationRole is not kept: S3 invokes
 * functions under their resource policy now. Over HTTP the XML is the same as
 * PutBucketNotificationConfiguration's and is answered by it.
 */
export async function putBucketNotification(input: PutBucketNotificationInput, ctx: OperationContext): Promise<Record<string, never>> {
  const legacy = input.NotificationConfiguration ?? {};
  const topic = legacy.TopicConfiguration;
  const queue = legacy.QueueConfiguration;
  const fn = legacy.CloudFunctionConfiguration;
  return putBucketNotificationConfiguration(
    {
      Bucket: input.Bucket,
      NotificationConfiguration: {
        ...(topic ? { TopicConfigurations: [{ ...(topic.Id ? { Id: topic.Id } : {}), TopicArn: topic.Topic, Events: eventsOf(topic) }] } : {}),
        ...(queue ? { QueueConfigurations: [{ ...(queue.Id ? { Id: queue.Id } : {}), QueueArn: queue.Queue, Events: eventsOf(queue) }] } : {}),
        ...(fn ? { LambdaFunctionConfigurations: [{ ...(fn.Id ? { Id: fn.Id } : {}), LambdaFunctionArn: fn.CloudFunction, Events: eventsOf(fn) }] } : {}),
      },
    },
    ctx,
  );
}
