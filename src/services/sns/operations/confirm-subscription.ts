import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { subscriptionKey } from '../model/arn.js';
import { findTopic, topicSubscriptions } from '../topic-lookup.js';

export interface ConfirmSubscriptionInput {
  TopicArn?: string;
  Token?: string;
  AuthenticateOnUnsubscribe?: string;
}

/** Confirms the subscription the token was sent for; confirming again returns the same ARN. */
export function confirmSubscription(input: ConfirmSubscriptionInput, ctx: OperationContext): { SubscriptionArn: string } {
  const found = findTopic(ctx, input.TopicArn);
  const token = input.Token ?? '';
  const subscription = token ? topicSubscriptions(found).find((s) => s.token === token) : undefined;
  if (!subscription) throw invalidParameter('Invalid parameter: Token');
  if (!subscription.confirmed) {
    const id = subscription.arn.slice(subscription.arn.lastIndexOf(':') + 1);
    found.subscriptions.put(subscriptionKey(found.ref.name, id), {
      ...subscription,
      confirmed: true,
      authenticated: String(input.AuthenticateOnUnsubscribe).toLowerCase() === 'true',
    });
  }
  return { SubscriptionArn: subscription.arn };
}
