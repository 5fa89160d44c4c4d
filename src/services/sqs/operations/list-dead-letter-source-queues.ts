import type { OperationContext } from '../../define-service.js';
import { redrivePolicyOf } from '../model/queue-attributes.js';
import { queueUrl } from '../model/queue-url.js';
import { resolveQueue } from '../model/queues.js';
import { checkMaxResults, decodeToken, encodeToken } from './list-queues.js';

export interface ListDeadLetterSourceQueuesInput {
  QueueUrl?: string;
  NextToken?: string;
  MaxResults?: number;
}

/** The queues (same account and region) whose RedrivePolicy names this queue as dead-letter queue. */
export function listDeadLetterSourceQueues(input: ListDeadLetterSourceQueuesInput, ctx: OperationContext): { queueUrls: string[]; NextToken?: string } {
  const q = resolveQueue(ctx, input.QueueUrl);
  const max = checkMaxResults(input.MaxResults);
  const after = input.NextToken !== undefined ? decodeToken(input.NextToken) : undefined;
  const sources = q.tables.queues
    .list({ after })
    .filter((row) => redrivePolicyOf(row.value.attributes)?.deadLetterTargetArn === q.arn)
    .map((row) => row.key);
  const page = sources.slice(0, max ?? 1000);
  const out: { queueUrls: string[]; NextToken?: string } = {
    queueUrls: page.map((name) => queueUrl(ctx.endpoint, { ...q.address, name })),
  };
  if (max !== undefined && sources.length > max) out.NextToken = encodeToken(page[page.length - 1]!);
  return out;
}
