import type { ScopedTable } from '../../store/types.js';
import type { OperationContext } from '../define-service.js';
import { invalidParameter, resourceNotFound, subscriptionNotFound, topicNotFound } from './errors.js';
import { parseSubscriptionArn, parseTopicArn, type SubscriptionRef, type TopicRef } from './model/arn.js';
import { subscriptionsIn, topicsIn, type SubscriptionRow, type TopicRow } from './store.js';

export interface FoundTopic {
  ref: TopicRef;
  topic: TopicRow;
  topics: ScopedTable<TopicRow>;
  subscriptions: ScopedTable<SubscriptionRow>;
}

/**
 * The topic an ARN names, read from the ARN's own account and region (a topic may be used
 * from another region or account, as on AWS); NotFound when it does not exist.
 */
export function findTopic(ctx: OperationContext, arn: unknown, member = 'TopicArn', notFound = topicNotFound): FoundTopic {
  const ref = parseTopicArn(arn, member);
  const topics = topicsIn(ctx.store, ref);
  const topic = topics.get(ref.name);
  if (!topic) throw notFound();
  return { ref, topic, topics, subscriptions: subscriptionsIn(ctx.store, ref) };
}

/** For TagResource and friends, which answer a missing topic with ResourceNotFound. */
export function findTaggedTopic(ctx: OperationContext, arn: unknown): FoundTopic {
  return findTopic(ctx, arn, 'ResourceArn', () => resourceNotFound());
}

export function topicSubscriptions(found: FoundTopic): SubscriptionRow[] {
  return found.subscriptions.list({ prefix: `${found.ref.name}:` }).map((row) => row.value);
}

export interface FoundSubscription {
  ref: SubscriptionRef;
  subscription: SubscriptionRow;
  subscriptions: ScopedTable<SubscriptionRow>;
}

export function findSubscription(ctx: OperationContext, arn: unknown): FoundSubscription {
  const ref = parseSubscriptionArn(arn);
  const subscriptions = subscriptionsIn(ctx.store, ref);
  const subscription = subscriptions.get(ref.key);
  if (!subscription) throw subscriptionNotFound();
  return { ref, subscription, subscriptions };
}

/** Opaque page tokens: the last key of the previous page. */
export function encodeNextToken(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeNextToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  const key = Buffer.from(token, 'base64url').toString('utf8');
  if (!key || encodeNextToken(key) !== token) throw invalidParameter('Invalid parameter: NextToken');
  return key;
}
