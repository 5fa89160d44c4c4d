import type { OperationContext } from '../../define-service.js';
import { invalidAttributeName } from '../errors.js';
import { countMessages, expireMessages } from '../model/messages.js';
import { ALL_QUEUE_ATTRIBUTES } from '../model/queue-attributes.js';
import { resolveQueue, type QueueRef } from '../model/queues.js';

export interface GetQueueAttributesInput {
  QueueUrl?: string;
  AttributeNames?: string[];
}

/** The attributes asked for (`All` for every one), the approximate counters computed now. */
export function getQueueAttributes(input: GetQueueAttributesInput, ctx: OperationContext): { Attributes?: Record<string, string> } {
  const q = resolveQueue(ctx, input.QueueUrl);
  const names = input.AttributeNames ?? [];
  for (const name of names) {
    if (name !== 'All' && !ALL_QUEUE_ATTRIBUTES.has(name)) throw invalidAttributeName(`Unknown Attribute ${name}.`);
  }
  if (names.length === 0) return {};
  const all = queueAttributes(ctx, q);
  const wanted = names.includes('All') ? all : Object.fromEntries(Object.entries(all).filter(([name]) => names.includes(name)));
  return Object.keys(wanted).length > 0 ? { Attributes: wanted } : {};
}

/** Every attribute the queue has, as GetQueueAttributes `All` shows them. */
export function queueAttributes(ctx: OperationContext, q: QueueRef): Record<string, string> {
  const now = ctx.clock.now();
  const counts = ctx.store.transaction(() => {
    expireMessages(q, now);
    return countMessages(q, now);
  });
  return {
    QueueArn: q.arn,
    ApproximateNumberOfMessages: String(counts.visible),
    ApproximateNumberOfMessagesNotVisible: String(counts.notVisible),
    ApproximateNumberOfMessagesDelayed: String(counts.delayed),
    CreatedTimestamp: String(Math.floor(q.row.created / 1000)),
    LastModifiedTimestamp: String(Math.floor(q.row.modified / 1000)),
    ...q.row.attributes,
  };
}
