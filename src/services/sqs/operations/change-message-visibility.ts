import type { OperationContext } from '../../define-service.js';
import { changeVisibility } from '../model/messages.js';
import { resolveQueue } from '../model/queues.js';

export interface ChangeMessageVisibilityInput {
  QueueUrl?: string;
  ReceiptHandle?: string;
  VisibilityTimeout?: number;
}

/** Sets an in-flight message's remaining visibility timeout (0 makes it visible now); 12 hours at most from its receive. */
export function changeMessageVisibility(input: ChangeMessageVisibilityInput, ctx: OperationContext): Record<string, never> {
  const q = resolveQueue(ctx, input.QueueUrl);
  ctx.store.transaction(() => changeVisibility(ctx.store, q, input.ReceiptHandle, input.VisibilityTimeout, ctx.clock.now()));
  return {};
}
