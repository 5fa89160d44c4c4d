import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { SUBSCRIPTION_ATTRIBUTES, validateSubscriptionAttributes } from '../model/subscription-attributes.js';
import { findSubscription } from '../topic-lookup.js';

export interface SetSubscriptionAttributesInput {
  SubscriptionArn?: string;
  AttributeName?: string;
  AttributeValue?: string;
}

/**
 * Sets one attribute; the whole set is checked again, so a scope change re-validates the
 * filter policy against its new scope. An empty FilterPolicy or RedrivePolicy removes it.
 */
export function setSubscriptionAttributes(input: SetSubscriptionAttributesInput, ctx: OperationContext): Record<string, never> {
  const found = findSubscription(ctx, input.SubscriptionArn);
  const name = input.AttributeName ?? '';
  if (!SUBSCRIPTION_ATTRIBUTES.has(name)) throw invalidParameter('Invalid parameter: AttributeName');
  const value = input.AttributeValue ?? '';
  const next = { ...found.subscription.attributes, [name]: value };
  if (name === 'FilterPolicy' && value === '') delete next.FilterPolicyScope;
  const attributes = validateSubscriptionAttributes(next, found.subscription.protocol, 'Invalid parameter: ');
  found.subscriptions.put(found.ref.key, { ...found.subscription, attributes });
  return {};
}
