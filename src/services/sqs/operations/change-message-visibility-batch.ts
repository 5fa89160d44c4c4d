import type { OperationContext } from '../../define-service.js';
import { batchFailure, checkBatch, type BatchResultErrorEntry } from '../model/batch.js';
import { changeVisibility } from '../model/messages.js';
import { resolveQueue } from '../model/queues.js';

export interface ChangeMessageVisibilityBatchInput {
  QueueUrl?: string;
  Entries?: Array<{ Id?: string; ReceiptHandle?: string; VisibilityTimeout?: number }>;
}

export interface ChangeMessageVisibilityBatchOutput {
  Successful: Array<{ Id: string }>;
  Failed: BatchResultErrorEntry[];
}

export function changeMessageVisibilityBatch(input: ChangeMessageVisibilityBatchInput, ctx: OperationContext): ChangeMessageVisibilityBatchOutput {
  const q = resolveQueue(ctx, input.QueueUrl);
  const entries = checkBatch(input.Entries, 'ChangeMessageVisibilityBatchRequestEntry');
  const out: ChangeMessageVisibilityBatchOutput = { Successful: [], Failed: [] };
  const now = ctx.clock.now();
  ctx.store.transaction(() => {
    for (const entry of entries) {
      try {
        // An entry without VisibilityTimeout is allowed by the model; AWS treats it as 0.
        changeVisibility(ctx.store, q, entry.ReceiptHandle, entry.VisibilityTimeout ?? 0, now);
        out.Successful.push({ Id: entry.Id });
      } catch (error) {
        out.Failed.push(batchFailure(entry.Id, error));
      }
    }
  });
  return out;
}
