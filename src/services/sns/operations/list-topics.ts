import type { OperationContext } from '../../define-service.js';
import { decodeNextToken, encodeNextToken } from '../topic-lookup.js';
import { topicsIn } from '../store.js';

const PAGE = 100;

export function listTopics(input: { NextToken?: string }, ctx: OperationContext): { Topics: Array<{ TopicArn: string }>; NextToken?: string } {
  const after = decodeNextToken(input.NextToken);
  const rows = topicsIn(ctx.store, ctx).list({ after, limit: PAGE + 1 });
  const page = rows.slice(0, PAGE);
  return {
    Topics: page.map((row) => ({ TopicArn: row.value.arn })),
    NextToken: rows.length > PAGE ? encodeNextToken(page[page.length - 1]!.key) : undefined,
  };
}
