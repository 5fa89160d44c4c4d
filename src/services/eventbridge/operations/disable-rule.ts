import type { OperationContext } from '../../define-service.js';
import { setRuleState } from './set-rule-state.js';

export function disableRule(input: { Name?: string; EventBusName?: string }, ctx: OperationContext) {
  return setRuleState(input, ctx, 'DISABLED');
}
