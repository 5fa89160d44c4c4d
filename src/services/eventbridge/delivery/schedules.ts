import { randomUUID } from 'node:crypto';
import type { ScopedTable, Store } from '../../../store/types.js';
import { envelope, eventTime } from '../model/envelope.js';
import { DEFAULT_BUS, ruleArn } from '../model/names.js';
import { nextFiring, parseSchedule } from '../model/schedule.js';
import { ruleKey, rulesTable, scheduleKey, schedulesTable, type RuleRow, type ScheduleRow } from '../store.js';
import { eventBridgeRuntimeOf, type EventBridgeRuntime } from './eventbridge-runtime.js';
import { deliveries } from './route-event.js';

const GLOBAL = { accountId: '', region: '' };

const active = (rule: RuleRow) => rule.scheduleExpression !== undefined && (rule.state === 'ENABLED' || rule.state === 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS');

/**
 * Brings a scheduled rule's next firing up to date after PutRule, EnableRule or DisableRule:
 * sets `nextFireMs` on the row (which the caller saves), indexes it and arms the scheduler.
 */
export function planSchedule(eb: EventBridgeRuntime | undefined, scope: { accountId: string; region: string }, rule: RuleRow, now: number, schedules: ScopedTable<ScheduleRow>): void {
  if (rule.nextFireMs !== undefined) schedules.delete(scheduleKey({ ...scope, rule: rule.name, dueMs: rule.nextFireMs }));
  rule.nextFireMs = undefined;
  if (!active(rule)) return;
  const schedule = parseSchedule(rule.scheduleExpression!);
  if (!schedule) return;
  const due = nextFiring(schedule, now, rule.scheduleAnchorMs ?? now);
  if (due === undefined) return;
  rule.nextFireMs = due;
  schedules.put(scheduleKey({ ...scope, rule: rule.name, dueMs: due }), { ...scope, rule: rule.name, dueMs: due });
  if (eb) arm(eb, due);
}

export function schedulesTableOf(eb: EventBridgeRuntime): ScopedTable<ScheduleRow> {
  return globalSchedules(eb.runtime.store);
}

export function globalSchedules(store: Store): ScopedTable<ScheduleRow> {
  return store.table(schedulesTable, GLOBAL);
}

/** For PutRule, EnableRule and DisableRule: re-plans the rule's schedule from the operation's context. */
export function replanFromRequest(ctx: { store: Store; accountId: string; region: string; clock: { now(): number } }, rule: RuleRow): void {
  planSchedule(eventBridgeRuntimeOf(ctx.store), { accountId: ctx.accountId, region: ctx.region }, rule, ctx.clock.now(), globalSchedules(ctx.store));
}

/** Makes the scheduler run the sweep when Kumo's clock reaches `dueMs` (once per distinct time). */
export function arm(eb: EventBridgeRuntime, dueMs: number): void {
  if (eb.stopped || eb.armed.has(dueMs)) return;
  const cancel = eb.runtime.scheduler.at(dueMs, async () => {
    eb.armed.delete(dueMs);
    await sweep(eb);
  });
  eb.armed.set(dueMs, cancel);
}

/** On start (and after a restart from disk): arm the earliest pending firing. */
export function armPending(eb: EventBridgeRuntime): void {
  const first = schedulesTableOf(eb).list({ limit: 1 })[0];
  if (first) arm(eb, first.value.dueMs);
}

/**
 * Fires every scheduled rule that came due: one "Scheduled Event" per rule even when the
 * clock jumped several periods (as Kumo's scheduler runs late work once), then plans the next.
 */
export async function sweep(eb: EventBridgeRuntime): Promise<void> {
  if (eb.stopped) return;
  const now = eb.runtime.clock.now();
  const index = schedulesTableOf(eb);
  const work: Array<Promise<void>> = [];
  for (const { key, value } of index.list({ end: String(now + 1).padStart(15, '0') })) {
    index.delete(key);
    const scope = { accountId: value.accountId, region: value.region };
    const rules = eb.runtime.store.table(rulesTable, scope);
    const rule = rules.get(ruleKey(DEFAULT_BUS, value.rule));
    // A rule deleted, disabled or rescheduled since leaves a stale index row: skip it.
    if (!rule || rule.nextFireMs !== value.dueMs || !active(rule)) continue;
    const arn = ruleArn(scope.region, scope.accountId, DEFAULT_BUS, rule.name);
    const event = envelope({
      id: randomUUID(), 'detail-type': 'Scheduled Event', source: 'aws.events', account: scope.accountId,
      time: eventTime(value.dueMs), region: scope.region, resources: [arn], detail: {},
    });
    work.push(...deliveries(eb, { ...scope, bus: DEFAULT_BUS }, rule, event, now, 0));
    planSchedule(eb, scope, rule, now, index);
    rules.put(ruleKey(DEFAULT_BUS, rule.name), rule);
  }
  await Promise.all(work);
  armPending(eb);
}
