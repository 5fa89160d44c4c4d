import type { OperationContext } from '../../define-service.js';
import { constraintViolation, limitExceeded, validation } from '../errors.js';
import { requireRule } from '../model/buses.js';
import { checkRuleName } from '../model/names.js';
import { ruleKey, rulesTable, type TargetRow } from '../store.js';

interface PutTargetsInput {
  Rule?: string;
  EventBusName?: string;
  Targets?: Array<Record<string, unknown>>;
}

const MAX_TARGETS_PER_RULE = 5;
const TARGET_ID = /^[.\-_A-Za-z0-9]+$/;
const ARN = /^arn:aws[\w-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:.+$/;

/** Adds or replaces (by Id) a rule's targets; AWS allows five per rule. */
export function putTargets(input: PutTargetsInput, ctx: OperationContext) {
  const name = checkRuleName(input.Rule, 'rule');
  const targets = input.Targets ?? [];
  if (targets.length < 1) throw constraintViolation('[]', 'targets', 'Member must have length greater than or equal to 1');
  if (targets.length > 10) throw constraintViolation(`[${targets.map((t) => String(t.Id)).join(', ')}]`, 'targets', 'Member must have length less than or equal to 10');
  targets.forEach((target, i) => {
    const id = typeof target.Id === 'string' ? target.Id : '';
    if (id.length < 1 || id.length > 64 || !TARGET_ID.test(id)) {
      throw constraintViolation(id, `targets.${i + 1}.member.id`, 'Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+');
    }
    const arn = typeof target.Arn === 'string' ? target.Arn : '';
    if (!ARN.test(arn)) throw validation(`Parameter ${arn} is not valid. Reason: Provided Arn is not in correct format.`);
    if (arn.split(':')[2] === 'sqs' && arn.endsWith('.fifo') && target.SqsParameters === undefined) {
      throw validation(`Parameter(s) SqsParameters must be specified for target: ${id}.`);
    }
  });
  const rule = requireRule(ctx, name, input.EventBusName);
  const byId = new Map(rule.targets.map((t) => [t.Id, t]));
  for (const target of targets) byId.set(target.Id as string, target as TargetRow);
  if (byId.size > MAX_TARGETS_PER_RULE) throw limitExceeded('The requested resource exceeds the maximum number allowed.');
  rule.targets = [...byId.values()];
  ctx.table(rulesTable).put(ruleKey(rule.bus, rule.name), rule);
  return { FailedEntryCount: 0, FailedEntries: [] };
}
