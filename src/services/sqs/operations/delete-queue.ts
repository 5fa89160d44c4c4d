import type { OperationContext } from '../../define-service.js';
import { clearMessages } from '../model/messages.js';
import { resolveQueue } from '../model/queues.js';
import { notifyQueue } from '../workers.js';

export interface DeleteQueueInput {
  QueueUrl?: string;
}

/** Deletes a queue and its messages; its name is reserved for 60 s (QueueDeletedRecently). */
export function deleteQueue(input: DeleteQueueInput, ctx: OperationContext): Record<string, never> {
  const q = resolveQueue(ctx, input.QueueUrl);
  ctx.store.transaction(() => {
    clearMessages(q);
    q.tables.dedup.deleteRange({ prefix: `${q.address.name}/` });
    q.tables.queues.delete(q.address.name);
    q.tables.deleted.put(q.address.name, { deleted: ctx.clock.now() });
  });
  notifyQueue(ctx.store, q.key);
  return {};
}
