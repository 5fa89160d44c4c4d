import type { OperationContext } from '../../define-service.js';
import { replanFromRequest } from '../delivery/schedules.js';
import { requireRule } from '../model/buses.js';
import { checkRuleName } from '../model/names.js';
import { ruleKey, rulesTable } from '../store.js';

/** EnableRule and DisableRule: a scheduled rule starts or stops firing. */
export function setRuleState(input: { Name?: string; EventBusName?: string }, ctx: OperationContext, state: 'ENABLED' | 'DISABLED'): Record<string, never> {
  const rule = requireRule(ctx, checkRuleName(input.Name), input.EventBusName);
  if (rule.state === state) return {};
  rule.state = state;
  if (state === 'ENABLED' && rule.scheduleExpression !== undefined) rule.scheduleAnchorMs = ctx.clock.now();
  ctx.store.transaction(() => {
    replanFromRequest(ctx, rule);
    ctx.table(rulesTable).put(ruleKey(rule.bus, rule.name), rule);
  });
  return {};
}
