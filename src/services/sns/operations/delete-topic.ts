import type { OperationContext } from '../../define-service.js';
import { parseTopicArn } from '../model/arn.js';
import { fifoStateTable, subscriptionsIn, topicsIn } from '../store.js';

/** Deletes a topic and its subscriptions; deleting a topic that is not there succeeds, as on AWS. */
export function deleteTopic(input: { TopicArn?: string }, ctx: OperationContext): Record<string, never> {
  const ref = parseTopicArn(input.TopicArn);
  ctx.store.transaction(() => {
    topicsIn(ctx.store, ref).delete(ref.name);
    subscriptionsIn(ctx.store, ref).deleteRange({ prefix: `${ref.name}:` });
    ctx.store.table(fifoStateTable, ref).delete(ref.name);
  });
  return {};
}
