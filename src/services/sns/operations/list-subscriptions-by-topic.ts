import type { OperationContext } from '../../define-service.js';
import { findTopic } from '../topic-lookup.js';
import { subscriptionPage, type SubscriptionPage } from './list-subscriptions.js';

export function listSubscriptionsByTopic(input: { TopicArn?: string; NextToken?: string }, ctx: OperationContext): SubscriptionPage {
  const found = findTopic(ctx, input.TopicArn);
  return subscriptionPage(found.subscriptions, input.NextToken, { prefix: `${found.ref.name}:` });
}
