import type { OperationContext } from '../../define-service.js';
import { batchRequestTooLong } from '../errors.js';
import { batchFailure, checkBatch, type BatchResultErrorEntry } from '../model/batch.js';
import { refuseListValues } from '../model/message-attributes.js';
import { resolveQueue } from '../model/queues.js';
import { prepareMessage, storeMessage, type PreparedMessage, type SendMessageInput, type SendMessageOutput } from '../model/send.js';

export interface SendMessageBatchInput {
  QueueUrl?: string;
  Entries?: Array<Omit<SendMessageInput, 'QueueUrl'> & { Id?: string }>;
}

export interface SendMessageBatchOutput {
  Successful: Array<SendMessageOutput & { Id: string }>;
  Failed: BatchResultErrorEntry[];
}

const MAX_BATCH_BYTES = 262_144;

/** Up to 10 messages; each entry succeeds or fails on its own, the batch total is capped at 256 KiB. */
export function sendMessageBatch(input: SendMessageBatchInput, ctx: OperationContext): SendMessageBatchOutput {
  const q = resolveQueue(ctx, input.QueueUrl);
  const entries = checkBatch(input.Entries, 'SendMessageBatchRequestEntry');
  refuseListValues(entries.flatMap((e) => [e.MessageAttributes, e.MessageSystemAttributes]), 'SendMessageBatch');
  const prepared: Array<{ id: string; message?: PreparedMessage; error?: unknown }> = entries.map((entry) => {
    try {
      return { id: entry.Id, message: prepareMessage(q, entry) };
    } catch (error) {
      return { id: entry.Id, error };
    }
  });
  const total = prepared.reduce((sum, p) => sum + (p.message?.size ?? 0), 0);
  if (total > MAX_BATCH_BYTES) throw batchRequestTooLong(MAX_BATCH_BYTES, total);
  const out: SendMessageBatchOutput = { Successful: [], Failed: [] };
  ctx.store.transaction(() => {
    for (const p of prepared) {
      if (p.message) out.Successful.push({ Id: p.id, ...storeMessage(ctx, q, p.message) });
      else out.Failed.push(batchFailure(p.id, p.error));
    }
  });
  return out;
}
