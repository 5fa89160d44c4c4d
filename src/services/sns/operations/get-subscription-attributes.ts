import type { OperationContext } from '../../define-service.js';
import { subscriptionAttributesView } from '../model/subscription-attributes.js';
import { topicsIn } from '../store.js';
import { findSubscription } from '../topic-lookup.js';

export function getSubscriptionAttributes(input: { SubscriptionArn?: string }, ctx: OperationContext): { Attributes: Record<string, string> } {
  const { ref, subscription } = findSubscription(ctx, input.SubscriptionArn);
  return { Attributes: subscriptionAttributesView(subscription, topicsIn(ctx.store, ref).get(ref.name)) };
}
