import type { Clock } from './types.js';

/**
 * Real time plus an offset that only grows, so `advance` can expire timeouts without sleeping.
 * `realNow` is the real time source; tests that assert exact phases pass a frozen one.
 */
export function createClock(realNow: () => number = Date.now): Clock {
  let offsetMs = 0;
  const listeners = new Set<() => void>();
  return {
    now: () => realNow() + offsetMs,
    date: () => new Date(realNow() + offsetMs),
    get offsetMs() {
      return offsetMs;
    },
    advance(ms: number): void {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock.advance: ms must be a finite number >= 0, got ${ms}`);
      if (ms === 0) return;
      offsetMs += ms;
      // A copy: a listener may unsubscribe (or subscribe) while we notify.
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          process.stderr.write(`kumo clock: a change listener failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        }
      }
    },
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
