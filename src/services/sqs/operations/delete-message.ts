import type { OperationContext } from '../../define-service.js';
import { deleteByHandle } from '../model/messages.js';
import { resolveQueue } from '../model/queues.js';

export interface DeleteMessageInput {
  QueueUrl?: string;
  ReceiptHandle?: string;
}

/** Deletes the message a receipt handle came from, if the handle is still its newest. */
export function deleteMessage(input: DeleteMessageInput, ctx: OperationContext): Record<string, never> {
  const q = resolveQueue(ctx, input.QueueUrl);
  ctx.store.transaction(() => deleteByHandle(q, input.ReceiptHandle, ctx.clock.now()));
  return {};
}
