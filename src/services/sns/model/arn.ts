import { invalidParameter } from '../errors.js';

export interface TopicRef {
  accountId: string;
  region: string;
  name: string;
  arn: string;
}

export interface SubscriptionRef extends TopicRef {
  id: string;
  /** The subscriptions table key: topic name and id. */
  key: string;
}

const TOPIC_ARN = /^arn:aws[\w-]*:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]{1,256}(?:\.fifo)?)$/;
const SUBSCRIPTION_ARN = /^arn:aws[\w-]*:sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_.-]{1,256}):([0-9a-f-]{36})$/;

export function topicArn(accountId: string, region: string, name: string): string {
  return `arn:aws:sns:${region}:${accountId}:${name}`;
}

/** Parses a topic ARN; AWS answers a malformed one with `Invalid parameter: <member>`. */
export function parseTopicArn(arn: unknown, member = 'TopicArn'): TopicRef {
  const match = typeof arn === 'string' ? TOPIC_ARN.exec(arn) : null;
  if (!match) throw invalidParameter(`Invalid parameter: ${member}`);
  return { region: match[1]!, accountId: match[2]!, name: match[3]!, arn: arn as string };
}

export function parseSubscriptionArn(arn: unknown): SubscriptionRef {
  const match = typeof arn === 'string' ? SUBSCRIPTION_ARN.exec(arn) : null;
  if (!match) throw invalidParameter('Invalid parameter: SubscriptionArn');
  const name = match[3]!;
  return {
    region: match[1]!,
    accountId: match[2]!,
    name,
    id: match[4]!,
    arn: topicArn(match[2]!, match[1]!, name),
    key: subscriptionKey(name, match[4]!),
  };
}

export function subscriptionKey(topicName: string, id: string): string {
  return `${topicName}:${id}`;
}

/** `arn:aws:sqs:us-east-1:123456789012:orders` -> its parts, or undefined. */
export function parseSqsArn(arn: string): { region: string; accountId: string; queueName: string } | undefined {
  const match = /^arn:aws[\w-]*:sqs:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]{1,80}(?:\.fifo)?)$/.exec(arn);
  return match ? { region: match[1]!, accountId: match[2]!, queueName: match[3]! } : undefined;
}

/** Lambda function ARN (optionally qualified) -> its parts, or undefined. */
export function parseLambdaArn(arn: string): { region: string; accountId: string } | undefined {
  const match = /^arn:aws[\w-]*:lambda:([a-z0-9-]+):(\d{12}):function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9$_-]+)?$/.exec(arn);
  return match ? { region: match[1]!, accountId: match[2]! } : undefined;
}
