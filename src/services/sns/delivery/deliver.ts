import { AwsError } from '../../../shared/aws-error.js';
import { parseSqsArn } from '../model/arn.js';
import { matchEndpointArn } from '../model/platform.js';
import { platformTables } from '../platform-lookup.js';
import { smsAccount } from '../model/sms.js';
import type { AttributeValue } from '../model/filter-policy-match.js';
import type { SubscriptionRow } from '../store.js';
import { postToEndpoint } from './http-delivery.js';
import {
  envelopeAttributes, messageFor, notificationEnvelope, signatureFor, signingCertUrl, unsubscribeUrl, type PublishedMessage,
} from './published-message.js';
import { recordMessage } from './record.js';
import { retryDelaySeconds, type RetryPolicy } from './retry-schedule.js';
import { later, type SnsRuntime } from './sns-runtime.js';

/** Delivers one message to one (confirmed, matching) subscription; failures end in its DLQ if it has one. */
export async function deliver(sns: SnsRuntime, message: PublishedMessage, subscription: SubscriptionRow): Promise<void> {
  const text = messageFor(message, subscription);
  const raw = subscription.attributes.RawMessageDelivery === 'true';
  switch (subscription.protocol) {
    case 'sqs': {
      const body = raw ? text : notificationEnvelope(sns, message, subscription, text);
      const attributes = raw ? message.attributes : undefined;
      try {
        await sendToQueue(sns, subscription.endpoint, body, attributes, message);
      } catch (error) {
        await toDeadLetterQueue(sns, subscription, body, attributes, message, error);
      }
      return;
    }
    case 'http':
    case 'https':
      await httpAttempt(sns, message, subscription, text, raw, 0);
      return;
    case 'lambda':
      try {
        await invokeLambda(sns, message, subscription, text);
      } catch (error) {
        await toDeadLetterQueue(sns, subscription, text, undefined, message, error);
      }
      return;
    default: {
      // A push to a deleted or disabled endpoint fails at the push service: nothing arrives.
      if (subscription.protocol === 'application' && !endpointEnabled(sns, subscription.endpoint)) return;
      if (subscription.protocol === 'sms' && smsAccount(sns.runtime.store, scopeOf(subscription.topicArn)).optedOut[subscription.endpoint] !== undefined) return;
      const json = subscription.protocol === 'email-json';
      recordMessage(sns.runtime.store, sns.runtime.clock.now(), {
        ...scopeOf(subscription.topicArn),
        protocol: subscription.protocol,
        endpoint: subscription.endpoint,
        subscriptionArn: subscription.arn,
        topicArn: message.topicArn,
        messageId: message.messageId,
        message: json ? notificationEnvelope(sns, message, subscription, text) : text,
        subject: message.subject,
        messageAttributes: envelopeAttributes(message.attributes),
        type: 'Notification',
        timestamp: message.timestamp,
      });
    }
  }
}

function endpointEnabled(sns: SnsRuntime, arn: string): boolean {
  const ref = matchEndpointArn(arn);
  const row = ref ? platformTables(sns.runtime, ref).endpoints.get(ref.endpointKey) : undefined;
  return row !== undefined && row.attributes.Enabled !== 'false';
}

export function scopeOf(arn: string): { accountId: string; region: string } {
  const parts = arn.split(':');
  return { region: parts[3] ?? '', accountId: parts[4] ?? '' };
}

/** SQS's SendMessage through the internal client, to the queue an ARN names. */
export async function sendToQueue(
  sns: SnsRuntime,
  queueArn: string,
  body: string,
  attributes: Record<string, AttributeValue> | undefined,
  message: PublishedMessage,
): Promise<void> {
  const queue = parseSqsArn(queueArn);
  if (!queue) throw new AwsError('InvalidParameter', `Not an SQS queue ARN: ${queueArn}`);
  const options = { accountId: queue.accountId, region: queue.region };
  let url = sns.queueUrls.get(queueArn);
  if (!url) {
    const found = await sns.runtime.aws.call<{ QueueUrl?: string }>('sqs', 'GetQueueUrl', { QueueName: queue.queueName, QueueOwnerAWSAccountId: queue.accountId }, options);
    if (!found.QueueUrl) throw new AwsError('AWS.SimpleQueueService.NonExistentQueue', 'The specified queue does not exist.');
    url = found.QueueUrl;
    sns.queueUrls.set(queueArn, url);
  }
  const input: Record<string, unknown> = { QueueUrl: url, MessageBody: body };
  if (attributes && Object.keys(attributes).length) input.MessageAttributes = attributes;
  if (queue.queueName.endsWith('.fifo')) {
    if (message.groupId !== undefined) input.MessageGroupId = message.groupId;
    if (message.dedupId !== undefined) input.MessageDeduplicationId = message.dedupId;
  }
  try {
    await sns.runtime.aws.call('sqs', 'SendMessage', input, options);
  } catch (error) {
    sns.queueUrls.delete(queueArn); // the queue may be gone or recreated elsewhere
    throw error;
  }
}

async function toDeadLetterQueue(
  sns: SnsRuntime,
  subscription: SubscriptionRow,
  body: string,
  attributes: Record<string, AttributeValue> | undefined,
  message: PublishedMessage,
  _cause: unknown,
): Promise<void> {
  const target = redriveTarget(subscription);
  if (!target) return;
  try {
    await sendToQueue(sns, target, body, attributes, message);
  } catch {
    // A missing DLQ loses the message, as it does on AWS.
  }
}

function redriveTarget(subscription: SubscriptionRow): string | undefined {
  try {
    const policy = JSON.parse(subscription.attributes.RedrivePolicy ?? '') as { deadLetterTargetArn?: unknown };
    return typeof policy.deadLetterTargetArn === 'string' ? policy.deadLetterTargetArn : undefined;
  } catch {
    return undefined;
  }
}

/** One HTTP attempt; on failure the next one is scheduled on Kumo's clock per the delivery policy. */
async function httpAttempt(sns: SnsRuntime, message: PublishedMessage, subscription: SubscriptionRow, text: string, raw: boolean, attempt: number): Promise<void> {
  const body = raw ? text : notificationEnvelope(sns, message, subscription, text);
  const policy = httpPolicy(message, subscription);
  const headers: Record<string, string> = {
    'content-type': policy.contentType,
    'x-amz-sns-message-type': 'Notification',
    'x-amz-sns-message-id': message.messageId,
    'x-amz-sns-topic-arn': message.topicArn,
    'x-amz-sns-subscription-arn': subscription.arn,
  };
  if (raw) headers['x-amz-sns-rawdelivery'] = 'true';
  if (await postToEndpoint(subscription.endpoint, body, headers)) return;
  const delay = retryDelaySeconds(policy.retry, attempt + 1);
  if (delay === undefined) {
    await toDeadLetterQueue(sns, subscription, body, undefined, message, undefined);
    return;
  }
  later(sns, sns.runtime.clock.now() + delay * 1000, () => httpAttempt(sns, message, subscription, text, raw, attempt + 1));
}

function httpPolicy(message: PublishedMessage, subscription: SubscriptionRow): { retry: RetryPolicy; contentType: string } {
  const topic = message.httpDeliveryPolicy;
  let retry = topic.defaultHealthyRetryPolicy;
  let contentType = topic.defaultRequestPolicy.headerContentType;
  if (!topic.disableSubscriptionOverrides && subscription.attributes.DeliveryPolicy) {
    try {
      const own = JSON.parse(subscription.attributes.DeliveryPolicy) as { healthyRetryPolicy?: Partial<RetryPolicy>; requestPolicy?: { headerContentType?: string } };
      retry = { ...retry, ...own.healthyRetryPolicy };
      contentType = own.requestPolicy?.headerContentType ?? contentType;
    } catch {
      // validated when set
    }
  }
  return { retry, contentType };
}

async function invokeLambda(sns: SnsRuntime, message: PublishedMessage, subscription: SubscriptionRow, text: string): Promise<void> {
  const event = {
    Records: [{
      EventSource: 'aws:sns',
      EventVersion: '1.0',
      EventSubscriptionArn: subscription.arn,
      Sns: {
        Type: 'Notification',
        MessageId: message.messageId,
        TopicArn: message.topicArn,
        Subject: message.subject ?? null,
        Message: text,
        Timestamp: message.timestamp,
        SignatureVersion: message.signatureVersion,
        Signature: signatureFor(sns, message, text),
        SigningCertUrl: signingCertUrl(message.endpoint),
        UnsubscribeUrl: unsubscribeUrl(message.endpoint, subscription.arn),
        MessageAttributes: envelopeAttributes(message.attributes) ?? {},
      },
    }],
  };
  const fn = subscription.endpoint;
  await sns.runtime.aws.call('lambda', 'Invoke', { FunctionName: fn, InvocationType: 'Event', Payload: Buffer.from(JSON.stringify(event)) }, scopeOf(fn));
}
