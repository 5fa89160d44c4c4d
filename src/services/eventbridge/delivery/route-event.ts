import { eventMatches } from '../patterns/index.js';
import { busesTable, busRulesPrefix, rulesTable, type RuleRow } from '../store.js';
import type { EventEnvelope } from '../model/envelope.js';
import { DEFAULT_BUS, ruleArn } from '../model/names.js';
import { deliverToTarget } from './deliver-to-target.js';
import { track, type EventBridgeRuntime } from './eventbridge-runtime.js';

export interface BusScope {
  accountId: string;
  region: string;
  bus: string;
}

/** Forwarding between buses stops here, so two buses that target each other cannot loop forever. */
const MAX_HOPS = 5;

const enabled = (rule: RuleRow) => rule.state === 'ENABLED' || rule.state === 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS';

/** Whether the bus exists (the default bus always does). */
export function busExists(eb: EventBridgeRuntime, scope: BusScope): boolean {
  return scope.bus === DEFAULT_BUS || eb.runtime.store.table(busesTable, scope).has(scope.bus);
}

/** The enabled rules of a bus whose event pattern matches the event. */
export function matchingRules(eb: EventBridgeRuntime, scope: BusScope, event: EventEnvelope): RuleRow[] {
  const rules = eb.runtime.store.table(rulesTable, scope).list({ prefix: busRulesPrefix(scope.bus) });
  return rules.map((r) => r.value).filter((rule) => enabled(rule) && rule.eventPattern !== undefined && eventMatches(rule.eventPattern, event));
}

/** Sends an accepted event to the targets of every matching rule on its bus, in the background. */
export function routeEvent(eb: EventBridgeRuntime, scope: BusScope, event: EventEnvelope, hops = 0): void {
  if (eb.stopped || hops > MAX_HOPS) return;
  const rules = matchingRules(eb, scope, event);
  if (rules.length === 0) return;
  const ingestionMs = eb.runtime.clock.now();
  void track(eb, async () => {
    await Promise.all(rules.flatMap((rule) => deliveries(eb, scope, rule, event, ingestionMs, hops)));
  });
}

/** Delivers to one rule's targets; the schedule worker awaits this so a clock advance waits for it. */
export function deliveries(eb: EventBridgeRuntime, scope: BusScope, rule: RuleRow, event: EventEnvelope, ingestionMs: number, hops: number): Array<Promise<void>> {
  const facts = { ruleArn: ruleArn(scope.region, scope.accountId, rule.bus, rule.name), ruleName: rule.name, ingestionMs };
  return rule.targets.map((target) =>
    deliverToTarget(eb, target, event, facts, (next, forwarded) => routeEvent(eb, next, forwarded, hops + 1)).catch(() => undefined));
}
