import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, missingParameter } from '../errors.js';
import { resolveQueue } from '../model/queues.js';

export interface TagQueueInput {
  QueueUrl?: string;
  Tags?: Record<string, string>;
}

const MAX_TAGS = 50;

export function checkTags(tags: Record<string, string>): void {
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 128) throw invalidParameterValue(`Tag key must be between 1 and 128 characters long.`);
    if (value.length > 256) throw invalidParameterValue(`Tag value must be at most 256 characters long.`);
  }
  if (Object.keys(tags).length > MAX_TAGS) throw invalidParameterValue(`Too many tags added for queue. A queue can have at most ${MAX_TAGS} tags.`);
}

/** Adds or overwrites cost-allocation tags; a queue holds at most 50. */
export function tagQueue(input: TagQueueInput, ctx: OperationContext): Record<string, never> {
  const q = resolveQueue(ctx, input.QueueUrl);
  if (!input.Tags || Object.keys(input.Tags).length === 0) throw missingParameter('Tags');
  const tags = { ...q.row.tags, ...input.Tags };
  checkTags(tags);
  q.tables.queues.put(q.address.name, { ...q.row, tags });
  return {};
}
