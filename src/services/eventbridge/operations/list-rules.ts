import type { OperationContext } from '../../define-service.js';
import { requireBus } from '../model/buses.js';
import { decodeToken, encodeToken, pageLimit } from '../model/paging.js';
import { busRulesPrefix, rulesTable } from '../store.js';
import { ruleSummary } from './describe-rule.js';

interface ListRulesInput {
  NamePrefix?: string;
  EventBusName?: string;
  NextToken?: string;
  Limit?: number;
}

export function listRules(input: ListRulesInput, ctx: OperationContext) {
  const limit = pageLimit(input.Limit);
  const after = decodeToken(input.NextToken);
  const bus = requireBus(ctx, input.EventBusName);
  const rows = ctx.table(rulesTable).list({ prefix: busRulesPrefix(bus.name) + (input.NamePrefix ?? ''), after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  return {
    Rules: page.map(({ value }) => ruleSummary(value, ctx)),
    NextToken: rows.length > limit ? encodeToken(page[page.length - 1]!.key) : undefined,
  };
}
