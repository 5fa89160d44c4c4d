import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { findBus } from '../model/buses.js';
import { checkRuleName, parseBusName } from '../model/names.js';
import { ruleKey, rulesTable } from '../store.js';

/** Refuses while targets remain (unless Force); an absent rule or bus is a success, as on AWS. */
export function deleteRule(input: { Name?: string; EventBusName?: string; Force?: boolean }, ctx: OperationContext) {
  const name = checkRuleName(input.Name);
  const bus = findBus(ctx, parseBusName(input.EventBusName).name);
  if (!bus) return {};
  const rules = ctx.table(rulesTable);
  const rule = rules.get(ruleKey(bus.name, name));
  if (!rule) return {};
  if (rule.targets.length > 0 && input.Force !== true) throw validation("Rule can't be deleted since it has targets.");
  // The schedule index row left behind is skipped by the sweep: its rule is gone.
  rules.delete(ruleKey(bus.name, name));
  return {};
}
