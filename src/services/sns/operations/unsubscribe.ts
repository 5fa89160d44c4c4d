import type { OperationContext } from '../../define-service.js';
import { parseSubscriptionArn } from '../model/arn.js';
import { subscriptionsIn, topicsIn } from '../store.js';

/** Deletes a subscription; one that is already gone succeeds, as on AWS. */
export function unsubscribe(input: { SubscriptionArn?: string }, ctx: OperationContext): Record<string, never> {
  const ref = parseSubscriptionArn(input.SubscriptionArn);
  ctx.store.transaction(() => {
    if (!subscriptionsIn(ctx.store, ref).delete(ref.key)) return;
    const topics = topicsIn(ctx.store, ref);
    const topic = topics.get(ref.name);
    if (topic) topics.put(ref.name, { ...topic, deletedSubscriptions: topic.deletedSubscriptions + 1 });
  });
  return {};
}
