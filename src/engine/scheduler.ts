import { TaskQueue, type ScheduledTask } from './task-queue.js';
import type { Clock, Scheduler } from './types.js';

/** setTimeout's largest delay; longer waits re-arm when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface ClockScheduler extends Scheduler {
  /**
   * Resolves once every task due now has run, async ones included; `POST /_kumo/clock` can
   * await it so the response comes after the work the advance made due.
   */
  idle(): Promise<void>;
}

/**
 * Background work on Kumo's clock. Tasks start in order of due time, either when one real
 * timer (for the earliest task, unref'd so it never keeps Kumo alive) fires or at once when
 * the clock is advanced. Async tasks run concurrently so a slow one (a Lambda invocation)
 * does not hold up the others; an `every` task never overlaps itself. A task that falls
 * several intervals behind (clock advanced by an hour) runs once, then keeps its phase.
 */
export function createScheduler(clock: Clock): ClockScheduler {
  const queue = new TaskQueue();
  let seq = 0;
  let timer: NodeJS.Timeout | undefined;
  let timerDue = Infinity;
  let draining = false;
  /** Async tasks still running, so stop() can keep `every` tasks from coming back. */
  const running = new Set<ScheduledTask>();
  let unsubscribe: (() => void) | undefined;
  let idleWaiters: Array<() => void> = [];

  function schedule(due: number, fn: () => void | Promise<void>, intervalMs?: number): () => void {
    if (typeof fn !== 'function') throw new TypeError('scheduler: fn must be a function');
    unsubscribe ??= clock.onChange(runDue);
    const task: ScheduledTask = { due, seq: seq++, fn, intervalMs, cancelled: false, queued: false };
    queue.push(task);
    if (due < timerDue) arm();
    return () => queue.cancel(task);
  }

  function runDue(): void {
    // A task that advances the clock or schedules past-due work lands here: the loop below
    // already re-reads the clock and the queue, so it picks that work up in order.
    if (draining) return;
    draining = true;
    try {
      for (let task = queue.peek(); task !== undefined && task.due <= clock.now(); task = queue.peek()) {
        queue.pop();
        start(task);
      }
    } finally {
      draining = false;
    }
    arm();
    settleIdle();
  }

  function start(task: ScheduledTask): void {
    const startedAt = clock.now();
    let result: void | Promise<void>;
    try {
      result = task.fn();
    } catch (error) {
      report(error);
      finish(task, startedAt);
      return;
    }
    if (result instanceof Promise || (typeof result === 'object' && result !== null && 'then' in result)) {
      running.add(task);
      Promise.resolve(result)
        .catch(report)
        .finally(() => {
          running.delete(task);
          finish(task, startedAt);
          // The clock may have moved past its next run while it ran: run what is due now.
          runDue();
        });
    } else {
      finish(task, startedAt);
    }
  }

  /** Next run: the first interval boundary after the time this run started. */
  function finish(task: ScheduledTask, startedAt: number): void {
    if (task.intervalMs === undefined || task.cancelled) return;
    const behind = Math.floor((startedAt - task.due) / task.intervalMs) + 1;
    task.due += Math.max(1, behind) * task.intervalMs;
    queue.push(task);
  }

  function arm(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    timerDue = Infinity;
    const next = queue.peek();
    if (next === undefined) return;
    timerDue = next.due;
    const delay = Math.min(Math.max(0, next.due - clock.now()), MAX_TIMER_MS);
    timer = setTimeout(runDue, delay);
    timer.unref();
  }

  function settleIdle(): void {
    if (idleWaiters.length === 0 || running.size > 0) return;
    const next = queue.peek();
    if (next !== undefined && next.due <= clock.now()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  return {
    at(atMs: number, fn: () => void | Promise<void>): () => void {
      if (!Number.isFinite(atMs)) throw new RangeError(`scheduler.at: time must be finite, got ${atMs}`);
      return schedule(atMs, fn);
    },
    every(intervalMs: number, fn: () => void | Promise<void>): () => void {
      if (!Number.isFinite(intervalMs) || intervalMs <= 0) throw new RangeError(`scheduler.every: interval must be > 0 ms, got ${intervalMs}`);
      return schedule(clock.now() + intervalMs, fn, intervalMs);
    },
    stop(): void {
      for (const task of queue.clear()) task.cancelled = true;
      for (const task of running) task.cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      timerDue = Infinity;
      unsubscribe?.();
      unsubscribe = undefined;
      settleIdle();
    },
    idle(): Promise<void> {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settleIdle();
      });
    },
  };
}

function report(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`kumo scheduler: a background task failed: ${detail}\n`);
}
