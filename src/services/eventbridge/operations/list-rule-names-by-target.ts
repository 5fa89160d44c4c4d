import type { OperationContext } from '../../define-service.js';
import { constraintViolation } from '../errors.js';
import { requireBus } from '../model/buses.js';
import { decodeToken, encodeToken, pageLimit } from '../model/paging.js';
import { busRulesPrefix, rulesTable } from '../store.js';

interface ListRuleNamesByTargetInput {
  TargetArn?: string;
  EventBusName?: string;
  NextToken?: string;
  Limit?: number;
}

export function listRuleNamesByTarget(input: ListRuleNamesByTargetInput, ctx: OperationContext) {
  const targetArn = input.TargetArn ?? '';
  if (targetArn.length < 1 || targetArn.length > 1600) throw constraintViolation(targetArn, 'targetArn', 'Member must have length greater than or equal to 1');
  const limit = pageLimit(input.Limit);
  const after = decodeToken(input.NextToken);
  const bus = requireBus(ctx, input.EventBusName);
  const matching = ctx.table(rulesTable).list({ prefix: busRulesPrefix(bus.name), after })
    .filter(({ value }) => value.targets.some((t) => t.Arn === targetArn));
  const page = matching.slice(0, limit);
  return {
    RuleNames: page.map(({ value }) => value.name),
    NextToken: matching.length > limit ? encodeToken(page[page.length - 1]!.key) : undefined,
  };
}
