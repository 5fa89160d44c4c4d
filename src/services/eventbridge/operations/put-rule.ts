import type { OperationContext } from '../../define-service.js';
import { replanFromRequest } from '../delivery/schedules.js';
import { constraintViolation, validation } from '../errors.js';
import { requireBus } from '../model/buses.js';
import { checkRuleName, DEFAULT_BUS, ruleArn } from '../model/names.js';
import { parseSchedule } from '../model/schedule.js';
import { parseEventPattern } from '../patterns/index.js';
import { ruleKey, rulesTable, type RuleRow, type Tag } from '../store.js';

interface PutRuleInput {
  Name?: string;
  ScheduleExpression?: string;
  EventPattern?: string;
  State?: string;
  Description?: string;
  RoleArn?: string;
  Tags?: Tag[];
  EventBusName?: string;
}

export const RULE_STATES = ['ENABLED', 'DISABLED', 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS'];

/** Creates a rule or replaces an existing one's settings (its targets stay; tags apply only on creation). */
export function putRule(input: PutRuleInput, ctx: OperationContext) {
  const name = checkRuleName(input.Name);
  if (input.State !== undefined && !RULE_STATES.includes(input.State)) {
    throw constraintViolation(input.State, 'state', `Member must satisfy enum value set: [${RULE_STATES.join(', ')}]`);
  }
  if (input.Description !== undefined && input.Description.length > 512) {
    throw constraintViolation(input.Description, 'description', 'Member must have length less than or equal to 512');
  }
  const pattern = input.EventPattern || undefined;
  const schedule = input.ScheduleExpression || undefined;
  if (pattern === undefined && schedule === undefined) throw validation('Parameter(s) EventPattern or ScheduleExpression must be specified.');
  const bus = requireBus(ctx, input.EventBusName);
  if (schedule !== undefined) {
    if (bus.name !== DEFAULT_BUS) throw validation('ScheduleExpression is supported only on the default event bus.');
    if (!parseSchedule(schedule)) throw validation('Parameter ScheduleExpression is not valid.');
  }
  if (pattern !== undefined) parseEventPattern(pattern);
  const rules = ctx.table(rulesTable);
  const existing = rules.get(ruleKey(bus.name, name));
  const now = ctx.clock.now();
  const row: RuleRow = {
    name,
    bus: bus.name,
    state: input.State ?? 'ENABLED',
    targets: existing?.targets ?? [],
    tags: existing ? existing.tags : input.Tags ?? [],
    createdBy: existing?.createdBy ?? ctx.accountId,
    ...(pattern !== undefined ? { eventPattern: pattern } : {}),
    ...(schedule !== undefined ? { scheduleExpression: schedule, scheduleAnchorMs: existing?.scheduleExpression === schedule ? existing.scheduleAnchorMs ?? now : now } : {}),
    ...(input.Description !== undefined ? { description: input.Description } : {}),
    ...(input.RoleArn !== undefined ? { roleArn: input.RoleArn } : {}),
    ...(existing?.nextFireMs !== undefined ? { nextFireMs: existing.nextFireMs } : {}),
  };
  ctx.store.transaction(() => {
    replanFromRequest(ctx, row);
    rules.put(ruleKey(bus.name, name), row);
  });
  return { RuleArn: ruleArn(ctx.region, ctx.accountId, bus.name, name) };
}
