import type { OperationContext } from '../../define-service.js';
import { resolveQueue } from '../model/queues.js';

export interface ListQueueTagsInput {
  QueueUrl?: string;
}

export function listQueueTags(input: ListQueueTagsInput, ctx: OperationContext): { Tags?: Record<string, string> } {
  const q = resolveQueue(ctx, input.QueueUrl);
  return Object.keys(q.row.tags).length > 0 ? { Tags: { ...q.row.tags } } : {};
}
