import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, invalidValue } from '../errors.js';
import { queueUrl } from '../model/queue-url.js';
import { sqsTables } from '../model/queues.js';

export interface ListQueuesInput {
  QueueNamePrefix?: string;
  NextToken?: string;
  MaxResults?: number;
}

export interface ListQueuesOutput {
  QueueUrls?: string[];
  NextToken?: string;
}

const LIMIT = 1000;

/** Queues of the caller's account and region, by name; paginated when MaxResults is given. */
export function listQueues(input: ListQueuesInput, ctx: OperationContext): ListQueuesOutput {
  const max = checkMaxResults(input.MaxResults);
  if (input.NextToken !== undefined && input.MaxResults === undefined) {
    throw invalidValue('NextToken', input.NextToken, 'MaxResults is a mandatory parameter when you provide a value for NextToken.');
  }
  const after = input.NextToken !== undefined ? decodeToken(input.NextToken) : undefined;
  const rows = sqsTables(ctx, ctx).queues.list({ prefix: input.QueueNamePrefix ?? '', after, limit: (max ?? LIMIT) + 1 });
  const page = rows.slice(0, max ?? LIMIT);
  const out: ListQueuesOutput = {};
  if (page.length > 0) out.QueueUrls = page.map((r) => queueUrl(ctx.endpoint, { accountId: ctx.accountId, region: ctx.region, name: r.key }));
  if (max !== undefined && rows.length > max) out.NextToken = encodeToken(page[page.length - 1]!.key);
  return out;
}

export function checkMaxResults(value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > LIMIT) {
    throw invalidValue('MaxResults', value, 'MaxResults must be an integer between 1 and 1000.');
  }
  return value;
}

export function encodeToken(lastKey: string): string {
  return Buffer.from(JSON.stringify({ after: lastKey }), 'utf8').toString('base64');
}

export function decodeToken(token: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { after?: unknown }).after === 'string') return (parsed as { after: string }).after;
  } catch {
    // falls through to the error below
  }
  throw invalidParameterValue('Invalid NextToken value.');
}
