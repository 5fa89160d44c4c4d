import { randomUUID } from 'node:crypto';
import type { ScopedTable, Store } from '../../../store/types.js';
import { padMs, timersTable, type TimerJob, type TimerRow } from '../store.js';
import type { EventBridgeRuntime } from './eventbridge-runtime.js';

const GLOBAL = { accountId: '', region: '' };

export type TimerHandler = (eb: EventBridgeRuntime, job: TimerJob) => Promise<void>;

/** Job handlers by kind, set once by the modules that own them (replays, retries, retention). */
const handlers = new Map<TimerJob['kind'], TimerHandler>();

export function onTimer(kind: TimerJob['kind'], handler: TimerHandler): void {
  handlers.set(kind, handler);
}

export function timersOf(store: Store): ScopedTable<TimerRow> {
  return store.table(timersTable, GLOBAL);
}

/**
 * Records a job due at `dueMs` (a row, so a restarted Kumo still runs it) and arms the
 * scheduler for it. Callable inside a request's transaction: arming only sets a timer.
 */
export function addTimer(store: Store, eb: EventBridgeRuntime | undefined, dueMs: number, job: TimerJob): void {
  timersOf(store).put(`${padMs(dueMs)}/${randomUUID()}`, { dueMs, job });
  if (eb) armTimer(eb, dueMs);
}

export function armTimer(eb: EventBridgeRuntime, dueMs: number): void {
  if (eb.stopped || eb.armedTimers.has(dueMs)) return;
  const cancel = eb.runtime.scheduler.at(dueMs, async () => {
    eb.armedTimers.delete(dueMs);
    await runDueTimers(eb);
  });
  eb.armedTimers.set(dueMs, cancel);
}

/** On start: arm the earliest pending job (each run arms the next). */
export function armPendingTimers(eb: EventBridgeRuntime): void {
  const first = timersOf(eb.runtime.store).list({ limit: 1 })[0];
  if (first) armTimer(eb, first.value.dueMs);
}

/** Runs every job that came due, in due order; a job's failure never stops the others. */
export async function runDueTimers(eb: EventBridgeRuntime): Promise<void> {
  if (eb.stopped) return;
  const table = timersOf(eb.runtime.store);
  const due = table.list({ end: padMs(eb.runtime.clock.now() + 1) });
  for (const { key } of due) table.delete(key);
  await Promise.all(due.map(({ value }) => (handlers.get(value.job.kind)?.(eb, value.job) ?? Promise.resolve()).catch(() => undefined)));
  armPendingTimers(eb);
}
