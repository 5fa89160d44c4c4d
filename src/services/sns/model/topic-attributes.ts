import { invalidParameter } from '../errors.js';
import type { SubscriptionRow, TopicRow } from '../store.js';

/** Attributes users may set on a topic (besides FifoTopic, settable only at creation). */
const SETTABLE = new Set([
  'DeliveryPolicy', 'DisplayName', 'Policy', 'TracingConfig', 'KmsMasterKeyId', 'SignatureVersion',
  'ContentBasedDeduplication', 'ArchivePolicy', 'FifoThroughputScope', 'DataProtectionPolicy',
  ...['Application', 'Firehose', 'HTTP', 'Lambda', 'SQS'].flatMap((p) => [`${p}SuccessFeedbackRoleArn`, `${p}SuccessFeedbackSampleRate`, `${p}FailureFeedbackRoleArn`]),
]);

const FIFO_ONLY = new Set(['ContentBasedDeduplication', 'ArchivePolicy', 'FifoThroughputScope']);

export const DEFAULT_HTTP_DELIVERY_POLICY = {
  defaultHealthyRetryPolicy: {
    minDelayTarget: 20,
    maxDelayTarget: 20,
    numRetries: 3,
    numMaxDelayRetries: 0,
    numNoDelayRetries: 0,
    numMinDelayRetries: 0,
    backoffFunction: 'linear',
  },
  disableSubscriptionOverrides: false,
  defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
};

export function defaultPolicy(topicArn: string, accountId: string): string {
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [{
      Sid: '__default_statement_ID',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: [
        'SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission',
        'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish',
      ],
      Resource: topicArn,
      Condition: { StringEquals: { 'AWS:SourceOwner': accountId } },
    }],
  });
}

export function isFifoTopic(topic: TopicRow): boolean {
  return topic.attributes.FifoTopic === 'true';
}

/** The topic's delivery policy with AWS's defaults filled in, as EffectiveDeliveryPolicy shows it. */
export function effectiveDeliveryPolicy(topic: TopicRow): { http: typeof DEFAULT_HTTP_DELIVERY_POLICY } {
  const set = parseJson(topic.attributes.DeliveryPolicy) as { http?: Record<string, unknown> } | undefined;
  const http = set?.http ?? {};
  return {
    http: {
      ...DEFAULT_HTTP_DELIVERY_POLICY,
      ...http,
      defaultHealthyRetryPolicy: { ...DEFAULT_HTTP_DELIVERY_POLICY.defaultHealthyRetryPolicy, ...(http.defaultHealthyRetryPolicy as object | undefined) },
      defaultRequestPolicy: { ...DEFAULT_HTTP_DELIVERY_POLICY.defaultRequestPolicy, ...(http.defaultRequestPolicy as object | undefined) },
    },
  };
}

/** Checks one attribute a user sets; `prefix` is where AWS's message starts for this operation. */
export function validateTopicAttribute(name: string, value: string, fifo: boolean, creating: boolean): void {
  if (name === 'FifoTopic') {
    if (!creating) throw invalidParameter('Invalid parameter: AttributeName');
    if (value !== 'true' && value !== 'false') throw invalidParameter('Invalid parameter: FifoTopic Reason: Invalid value for FifoTopic Attribute');
    return;
  }
  if (!SETTABLE.has(name)) throw invalidParameter(creating ? `Invalid parameter: Attributes Reason: Unknown attribute ${name}` : 'Invalid parameter: AttributeName');
  if (FIFO_ONLY.has(name) && !fifo) {
    throw invalidParameter(`Invalid parameter: Attributes Reason: ${name} is only supported for FIFO topics`);
  }
  switch (name) {
    case 'ContentBasedDeduplication':
      if (value !== 'true' && value !== 'false') throw invalidParameter('Invalid parameter: ContentBasedDeduplication Reason: Invalid value for ContentBasedDeduplication Attribute');
      return;
    case 'SignatureVersion':
      if (value !== '1' && value !== '2') throw invalidParameter('Invalid parameter: SignatureVersion');
      return;
    case 'TracingConfig':
      if (value !== 'Active' && value !== 'PassThrough') throw invalidParameter('Invalid parameter: TracingConfig');
      return;
    case 'FifoThroughputScope':
      if (value !== 'Topic' && value !== 'MessageGroup') throw invalidParameter('Invalid parameter: FifoThroughputScope');
      return;
    case 'DisplayName':
      if (value.length > 100) throw invalidParameter('Invalid parameter: DisplayName');
      return;
    case 'Policy':
    case 'DeliveryPolicy':
    case 'ArchivePolicy':
    case 'DataProtectionPolicy':
      if (value !== '' && !isJsonObject(value)) throw invalidParameter(`Invalid parameter: ${name}: failed to parse JSON.`);
      return;
    default:
      return;
  }
}

/** GetTopicAttributes: the set attributes plus what SNS computes. */
export function topicAttributesView(topic: TopicRow, subscriptions: SubscriptionRow[]): Record<string, string> {
  const confirmed = subscriptions.filter((s) => s.confirmed).length;
  const view: Record<string, string> = {
    Policy: topic.attributes.Policy || defaultPolicy(topic.arn, topic.owner),
    Owner: topic.owner,
    SubscriptionsPending: String(subscriptions.length - confirmed),
    TopicArn: topic.arn,
    EffectiveDeliveryPolicy: JSON.stringify(effectiveDeliveryPolicy(topic)),
    SubscriptionsConfirmed: String(confirmed),
    DisplayName: topic.attributes.DisplayName ?? '',
    SubscriptionsDeleted: String(topic.deletedSubscriptions),
  };
  for (const [name, value] of Object.entries(topic.attributes)) {
    if (name === 'Policy' || name === 'DisplayName' || name === 'FifoTopic' || name === 'DataProtectionPolicy') continue;
    view[name] = value;
  }
  if (isFifoTopic(topic)) {
    view.FifoTopic = 'true';
    view.ContentBasedDeduplication = topic.attributes.ContentBasedDeduplication ?? 'false';
  }
  return view;
}

export function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isJsonObject(text: string): boolean {
  const value = parseJson(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
