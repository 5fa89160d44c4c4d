import type { OperationContext } from '../../define-service.js';
import { purgeQueueInProgress } from '../errors.js';
import { clearMessages } from '../model/messages.js';
import { resolveQueue } from '../model/queues.js';

export interface PurgeQueueInput {
  QueueUrl?: string;
}

const PURGE_INTERVAL_MS = 60_000;

/** Deletes every message in the queue; one purge per queue every 60 seconds. */
export function purgeQueue(input: PurgeQueueInput, ctx: OperationContext): Record<string, never> {
  const q = resolveQueue(ctx, input.QueueUrl);
  const now = ctx.clock.now();
  if (q.row.purgedAt !== undefined && now - q.row.purgedAt < PURGE_INTERVAL_MS) throw purgeQueueInProgress(q.url);
  ctx.store.transaction(() => {
    clearMessages(q);
    q.tables.queues.put(q.address.name, { ...q.row, purgedAt: now });
  });
  return {};
}
