import type { OperationContext } from '../../define-service.js';
import { requireRule } from '../model/buses.js';
import { checkRuleName, ruleArn } from '../model/names.js';
import type { RuleRow } from '../store.js';

export function describeRule(input: { Name?: string; EventBusName?: string }, ctx: OperationContext) {
  const rule = requireRule(ctx, checkRuleName(input.Name), input.EventBusName);
  return { ...ruleSummary(rule, ctx), CreatedBy: rule.createdBy };
}

/** A rule as DescribeRule and ListRules show it. */
export function ruleSummary(rule: RuleRow, ctx: Pick<OperationContext, 'region' | 'accountId'>) {
  return {
    Name: rule.name,
    Arn: ruleArn(ctx.region, ctx.accountId, rule.bus, rule.name),
    EventPattern: rule.eventPattern,
    ScheduleExpression: rule.scheduleExpression,
    State: rule.state,
    Description: rule.description,
    RoleArn: rule.roleArn,
    EventBusName: rule.bus,
  };
}
