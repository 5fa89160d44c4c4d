import type { OperationContext } from '../../define-service.js';
import { missingParameter } from '../errors.js';
import { resolveQueue } from '../model/queues.js';

export interface UntagQueueInput {
  QueueUrl?: string;
  TagKeys?: string[];
}

export function untagQueue(input: UntagQueueInput, ctx: OperationContext): Record<string, never> {
  const q = resolveQueue(ctx, input.QueueUrl);
  if (!input.TagKeys || input.TagKeys.length === 0) throw missingParameter('TagKeys');
  const tags = { ...q.row.tags };
  for (const key of input.TagKeys) delete tags[key];
  q.tables.queues.put(q.address.name, { ...q.row, tags });
  return {};
}
