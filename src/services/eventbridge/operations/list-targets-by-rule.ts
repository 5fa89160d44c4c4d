import type { OperationContext } from '../../define-service.js';
import { invalidNextToken } from '../errors.js';
import { requireRule } from '../model/buses.js';
import { checkRuleName } from '../model/names.js';
import { decodeToken, encodeToken, pageLimit } from '../model/paging.js';

export function listTargetsByRule(input: { Rule?: string; EventBusName?: string; NextToken?: string; Limit?: number }, ctx: OperationContext) {
  const limit = pageLimit(input.Limit);
  const after = decodeToken(input.NextToken);
  const rule = requireRule(ctx, checkRuleName(input.Rule, 'rule'), input.EventBusName);
  const start = after === undefined ? 0 : Number(after);
  if (!Number.isInteger(start) || start < 0) throw invalidNextToken();
  const page = rule.targets.slice(start, start + limit);
  return {
    Targets: page,
    NextToken: start + limit < rule.targets.length ? encodeToken(String(start + limit)) : undefined,
  };
}
