import type { Clock, Scheduler } from '../../engine/types.js';
import type { Store } from '../../store/types.js';

/**
 * The per-Kumo state SQS keeps beside the store: long-poll waiters per queue and the
 * scheduler. Keyed by the store, since one process can run several Kumo instances (tests).
 */
interface SqsRuntime {
  clock: Clock;
  scheduler: Scheduler;
  waiters: Map<string, Set<() => void>>;
  stopped: boolean;
}

const runtimes = new WeakMap<Store, SqsRuntime>();

export function startRuntime(store: Store, clock: Clock, scheduler: Scheduler): void {
  runtimes.set(store, { clock, scheduler, waiters: new Map(), stopped: false });
}

/** Ends every long poll (they answer with no messages), so the server can close. */
export function stopRuntime(store: Store): void {
  const runtime = runtimes.get(store);
  if (!runtime) return;
  runtime.stopped = true;
  for (const set of runtime.waiters.values()) for (const wake of [...set]) wake();
  runtime.waiters.clear();
  runtimes.delete(store);
}

export function schedulerOf(store: Store): Scheduler | undefined {
  return runtimes.get(store)?.scheduler;
}

/** Wakes the long polls waiting on a queue: a message arrived or became visible. */
export function notifyQueue(store: Store, queueKey: string): void {
  const set = runtimes.get(store)?.waiters.get(queueKey);
  if (!set) return;
  for (const wake of [...set]) wake();
}

/**
 * Waits until the queue is notified, clock time reaches `wakeAtMs` (a delayed or in-flight
 * message turns visible) or the `deadlineMs`, whichever comes first. Timers follow Kumo's
 * clock, so moving the clock ends a long poll too. Returns false once SQS is stopping.
 */
export function waitForQueue(store: Store, queueKey: string, deadlineMs: number, wakeAtMs: number | undefined): Promise<boolean> {
  const runtime = runtimes.get(store);
  if (!runtime || runtime.stopped) return Promise.resolve(false);
  return new Promise((resolve) => {
    const cancels: Array<() => void> = [];
    let set = runtime.waiters.get(queueKey);
    if (!set) runtime.waiters.set(queueKey, (set = new Set()));
    const waiters = set;
    const wake = (): void => {
      waiters.delete(wake);
      if (waiters.size === 0 && runtime.waiters.get(queueKey) === waiters) runtime.waiters.delete(queueKey);
      for (const cancel of cancels) cancel();
      resolve(!runtime.stopped);
    };
    waiters.add(wake);
    cancels.push(runtime.scheduler.at(deadlineMs, wake));
    if (wakeAtMs !== undefined && wakeAtMs < deadlineMs) cancels.push(runtime.scheduler.at(wakeAtMs, wake));
  });
}
