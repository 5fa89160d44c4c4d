import type { OperationContext } from '../../define-service.js';
import { batchFailure, checkBatch, type BatchResultErrorEntry } from '../model/batch.js';
import { deleteByHandle } from '../model/messages.js';
import { resolveQueue } from '../model/queues.js';

export interface DeleteMessageBatchInput {
  QueueUrl?: string;
  Entries?: Array<{ Id?: string; ReceiptHandle?: string }>;
}

export interface DeleteMessageBatchOutput {
  Successful: Array<{ Id: string }>;
  Failed: BatchResultErrorEntry[];
}

export function deleteMessageBatch(input: DeleteMessageBatchInput, ctx: OperationContext): DeleteMessageBatchOutput {
  const q = resolveQueue(ctx, input.QueueUrl);
  const entries = checkBatch(input.Entries, 'DeleteMessageBatchRequestEntry');
  const out: DeleteMessageBatchOutput = { Successful: [], Failed: [] };
  const now = ctx.clock.now();
  ctx.store.transaction(() => {
    for (const entry of entries) {
      try {
        deleteByHandle(q, entry.ReceiptHandle, now);
        out.Successful.push({ Id: entry.Id });
      } catch (error) {
        out.Failed.push(batchFailure(entry.Id, error));
      }
    }
  });
  return out;
}
