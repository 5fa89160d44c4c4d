import { matchesFilterPolicy } from '../model/filter-policy-match.js';
import type { FilterPolicy, FilterPolicyScope } from '../model/filter-policy-validate.js';
import type { SubscriptionRow } from '../store.js';
import { deliver } from './deliver.js';
import { messageFor, type PublishedMessage } from './published-message.js';
import { track, type SnsRuntime } from './sns-runtime.js';

const parsedPolicies = new Map<string, FilterPolicy>();

function policyOf(text: string): FilterPolicy {
  let policy = parsedPolicies.get(text);
  if (!policy) {
    policy = JSON.parse(text) as FilterPolicy;
    if (parsedPolicies.size > 10_000) parsedPolicies.clear();
    parsedPolicies.set(text, policy);
  }
  return policy;
}

export function passesFilter(message: PublishedMessage, subscription: SubscriptionRow): boolean {
  const text = subscription.attributes.FilterPolicy;
  if (!text) return true;
  const scope = (subscription.attributes.FilterPolicyScope ?? 'MessageAttributes') as FilterPolicyScope;
  return matchesFilterPolicy(policyOf(text), scope, messageFor(message, subscription), message.attributes);
}

/**
 * Starts delivering an accepted message to the topic's confirmed subscriptions whose filter
 * it passes. Publish answers without waiting; a FIFO topic's deliveries run one message
 * after another so every queue sees its order.
 */
export function fanOut(sns: SnsRuntime, message: PublishedMessage, subscriptions: SubscriptionRow[]): void {
  const targets = subscriptions.filter((s) => s.confirmed && passesFilter(message, s));
  if (targets.length === 0) return;
  const run = async () => {
    await Promise.all(targets.map((s) => deliver(sns, message, s).catch(() => undefined)));
  };
  if (!message.fifo) {
    void track(sns, run);
    return;
  }
  const previous = sns.fifoChains.get(message.topicArn) ?? Promise.resolve();
  const next: Promise<void> = track(sns, () => previous.then(run)).finally(() => {
    if (sns.fifoChains.get(message.topicArn) === next) sns.fifoChains.delete(message.topicArn);
  });
  sns.fifoChains.set(message.topicArn, next);
}
