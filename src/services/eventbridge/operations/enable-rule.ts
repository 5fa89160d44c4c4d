import type { OperationContext } from '../../define-service.js';
import { setRuleState } from './set-rule-state.js';

export function enableRule(input: { Name?: string; EventBusName?: string }, ctx: OperationContext) {
  return setRuleState(input, ctx, 'ENABLED');
}
