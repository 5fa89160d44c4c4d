import type { OperationContext } from '../../define-service.js';
import { busNotFound, ruleNotFound, validation } from '../errors.js';
import { findBus } from '../model/buses.js';
import { parseResourceArn } from '../model/names.js';
import { busesTable, ruleKey, rulesTable, type Tag } from '../store.js';

/** Reads and writes the tags of the rule or bus an ARN names, in the caller's account and region. */
export function withTags(ctx: OperationContext, arn: string | undefined, change?: (tags: Tag[]) => Tag[]): Tag[] {
  const ref = parseResourceArn(arn ?? '');
  if (!ref) throw validation(`Parameter ResourceARN is not valid.`);
  const elsewhere = ref.accountId !== ctx.accountId || ref.region !== ctx.region;
  if (ref.kind === 'event-bus') {
    const bus = elsewhere ? undefined : findBus(ctx, ref.name);
    if (!bus) throw busNotFound(ref.name);
    if (change) {
      bus.tags = change(bus.tags);
      ctx.table(busesTable).put(bus.name, bus);
    }
    return bus.tags;
  }
  const rules = ctx.table(rulesTable);
  const rule = elsewhere ? undefined : rules.get(ruleKey(ref.bus, ref.name));
  if (!rule) throw ruleNotFound(ref.name, ref.bus);
  if (change) {
    rule.tags = change(rule.tags);
    rules.put(ruleKey(rule.bus, rule.name), rule);
  }
  return rule.tags;
}

export const MAX_TAGS = 50;

