import type { OperationContext } from '../../define-service.js';
import { constraintViolation } from '../errors.js';
import { requireRule } from '../model/buses.js';
import { checkRuleName } from '../model/names.js';
import { ruleKey, rulesTable } from '../store.js';

/** Removes targets by Id; Ids the rule does not have are ignored, as on AWS. */
export function removeTargets(input: { Rule?: string; EventBusName?: string; Ids?: string[]; Force?: boolean }, ctx: OperationContext) {
  const name = checkRuleName(input.Rule, 'rule');
  const ids = input.Ids ?? [];
  if (ids.length < 1) throw constraintViolation('[]', 'ids', 'Member must have length greater than or equal to 1');
  if (ids.length > 100) throw constraintViolation(`[${ids.join(', ')}]`, 'ids', 'Member must have length less than or equal to 100');
  const rule = requireRule(ctx, name, input.EventBusName);
  const drop = new Set(ids);
  rule.targets = rule.targets.filter((t) => !drop.has(t.Id));
  ctx.table(rulesTable).put(ruleKey(rule.bus, rule.name), rule);
  return { FailedEntryCount: 0, FailedEntries: [] };
}
