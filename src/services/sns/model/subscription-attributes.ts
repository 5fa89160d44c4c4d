import { invalidParameter } from '../errors.js';
import type { SubscriptionRow, TopicRow } from '../store.js';
import { parseSqsArn } from './arn.js';
import { validateFilterPolicy, type FilterPolicyScope } from './filter-policy-validate.js';
import { effectiveDeliveryPolicy, parseJson } from './topic-attributes.js';

export const SUBSCRIPTION_ATTRIBUTES = new Set([
  'DeliveryPolicy', 'FilterPolicy', 'FilterPolicyScope', 'RawMessageDelivery', 'RedrivePolicy', 'SubscriptionRoleArn', 'ReplayPolicy',
]);

const RAW_PROTOCOLS = new Set(['http', 'https', 'sqs', 'firehose']);

/**
 * Checks a subscription's attributes (those it has after the change) and returns them
 * normalised. `prefix` is AWS's message start: `Invalid parameter: Attributes Reason: `
 * from Subscribe, `Invalid parameter: ` from SetSubscriptionAttributes.
 */
export function validateSubscriptionAttributes(
  attributes: Record<string, string>,
  protocol: string,
  prefix: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!SUBSCRIPTION_ATTRIBUTES.has(name)) throw invalidParameter(prefix === 'Invalid parameter: ' ? 'Invalid parameter: AttributeName' : `${prefix}Unknown attribute ${name}`);
    switch (name) {
      case 'RawMessageDelivery': {
        const lower = value.toLowerCase();
        if (lower !== 'true' && lower !== 'false') throw invalidParameter(`${prefix}RawMessageDelivery: Invalid value [${value}]. Must be true or false.`);
        if (lower === 'true' && !RAW_PROTOCOLS.has(protocol)) throw invalidParameter(`${prefix}Delivery protocol [${protocol}] does not support raw message delivery.`);
        out[name] = lower;
        break;
      }
      case 'FilterPolicyScope':
        if (value !== 'MessageAttributes' && value !== 'MessageBody') {
          throw invalidParameter(`${prefix}FilterPolicyScope: Invalid value [${value}]. Please use either MessageBody or MessageAttributes`);
        }
        out[name] = value;
        break;
      case 'RedrivePolicy': {
        if (value === '') break;
        const policy = parseJson(value) as { deadLetterTargetArn?: unknown } | undefined;
        if (!policy || typeof policy !== 'object') throw invalidParameter(`${prefix}RedrivePolicy: failed to parse JSON.`);
        if (typeof policy.deadLetterTargetArn !== 'string' || !parseSqsArn(policy.deadLetterTargetArn)) {
          throw invalidParameter(`${prefix}RedrivePolicy: deadLetterTargetArn is an invalid arn`);
        }
        out[name] = value;
        break;
      }
      case 'DeliveryPolicy':
        if (value === '') break;
        if (protocol !== 'http' && protocol !== 'https') throw invalidParameter(`${prefix}DeliveryPolicy: Delivery policy is only supported for HTTP/S subscriptions`);
        if (typeof parseJson(value) !== 'object') throw invalidParameter(`${prefix}DeliveryPolicy: failed to parse JSON.`);
        out[name] = value;
        break;
      default:
        if (value !== '') out[name] = value;
    }
  }
  if (out.FilterPolicy !== undefined && out.FilterPolicy !== '') {
    validateFilterPolicy(out.FilterPolicy, (out.FilterPolicyScope ?? 'MessageAttributes') as FilterPolicyScope, prefix);
  } else {
    delete out.FilterPolicy;
  }
  return out;
}

/** GetSubscriptionAttributes: the set attributes plus what SNS computes. */
export function subscriptionAttributesView(subscription: SubscriptionRow, topic: TopicRow | undefined): Record<string, string> {
  const view: Record<string, string> = {
    Owner: subscription.owner,
    RawMessageDelivery: 'false',
    TopicArn: subscription.topicArn,
    Endpoint: subscription.endpoint,
    Protocol: subscription.protocol,
    PendingConfirmation: String(!subscription.confirmed),
    ConfirmationWasAuthenticated: String(subscription.authenticated),
    SubscriptionArn: subscription.arn,
  };
  if (subscription.protocol === 'sqs' || subscription.protocol === 'lambda' || subscription.protocol === 'firehose') {
    view.SubscriptionPrincipal = `arn:aws:iam::${subscription.owner}:root`;
  }
  for (const [name, value] of Object.entries(subscription.attributes)) view[name] = value;
  if (view.FilterPolicy !== undefined) view.FilterPolicyScope ??= 'MessageAttributes';
  else delete view.FilterPolicyScope;
  if ((subscription.protocol === 'http' || subscription.protocol === 'https') && topic) {
    const topicPolicy = effectiveDeliveryPolicy(topic).http;
    const own = parseJson(subscription.attributes.DeliveryPolicy) as Record<string, unknown> | undefined;
    view.EffectiveDeliveryPolicy = JSON.stringify({
      healthyRetryPolicy: { ...topicPolicy.defaultHealthyRetryPolicy, ...(own?.healthyRetryPolicy as object | undefined) },
      ...(own?.throttlePolicy ? { throttlePolicy: own.throttlePolicy } : {}),
      requestPolicy: { headerContentType: topicPolicy.defaultRequestPolicy.headerContentType, ...(own?.requestPolicy as object | undefined) },
    });
  }
  return view;
}
