import { eventMatches } from '../patterns/index.js';
import { busesTable, busRulesPrefix, rulesTable, type RuleRow } from '../store.js';
import type { EventEnvelope } from '../model/envelope.js';
import { archiveEvent } from '../model/archives.js';
import { DEFAULT_BUS, ruleArn } from '../model/names.js';
import { deliverToTarget } from './deliver-to-target.js';
import { track, type EventBridgeRuntime } from './eventbridge-runtime.js';
import { onTimer } from './timers.js';

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

/**
 * An event accepted on a bus: archived by the bus's matching archives (at once, so it is in the
 * archive when PutEvents answers), then sent to the targets of every matching rule in the background.
 */
export function routeEvent(eb: EventBridgeRuntime, scope: BusScope, event: EventEnvelope, hops = 0): void {
  if (eb.stopped || hops > MAX_HOPS) return;
  const ingestionMs = eb.runtime.clock.now();
  if (event['replay-name'] === undefined) archiveEvent(eb.runtime.store, scope, event, ingestionMs);
  const rules = matchingRules(eb, scope, event);
  if (rules.length === 0) return;
  void track(eb, async () => {
    await Promise.all(rules.flatMap((rule) => deliveries(eb, scope, rule, event, ingestionMs, hops)));
  });
}

/**
 * A replayed event: only the destination bus's rules (or the ones `ruleArns` names) get it,
 * and no archive takes it again. Awaited, so a replay step ends when its deliveries have.
 */
export async function replayEvent(eb: EventBridgeRuntime, scope: BusScope, event: EventEnvelope, ruleArns: string[] | undefined): Promise<void> {
  if (eb.stopped) return;
  const ingestionMs = eb.runtime.clock.now();
  const rules = matchingRules(eb, scope, event).filter((rule) => !ruleArns || ruleArns.includes(ruleArn(scope.region, scope.accountId, scope.bus, rule.name)));
  await Promise.all(rules.flatMap((rule) => deliveries(eb, scope, rule, event, ingestionMs, 0)));
}

/** Delivers to one rule's targets; the schedule worker awaits this so a clock advance waits for it. */
export function deliveries(eb: EventBridgeRuntime, scope: BusScope, rule: RuleRow, event: EventEnvelope, ingestionMs: number, hops: number): Array<Promise<void>> {
  const facts = { ruleArn: ruleArn(scope.region, scope.accountId, rule.bus, rule.name), ruleName: rule.name, ingestionMs };
  const attempt = { scope: { ...scope, bus: rule.bus }, rule: rule.name, hops, attempts: 0 };
  return rule.targets.map((target) =>
    deliverToTarget(eb, target, event, facts, (next, forwarded) => routeEvent(eb, next, forwarded, hops + 1), attempt).catch(() => undefined));
}

// A pending retry: the same delivery again, with the retries made so far.
onTimer('retry', async (eb, job) => {
  if (job.kind !== 'retry') return;
  const { retry } = job;
  const scope = { accountId: job.accountId, region: job.region, bus: retry.bus };
  const facts = { ruleArn: ruleArn(scope.region, scope.accountId, retry.bus, retry.rule), ruleName: retry.rule, ingestionMs: retry.ingestionMs };
  await deliverToTarget(eb, retry.target, retry.event as unknown as EventEnvelope, facts,
    (next, forwarded) => routeEvent(eb, next, forwarded, retry.hops + 1),
    { scope, rule: retry.rule, hops: retry.hops, attempts: retry.attempts });
});
