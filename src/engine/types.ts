/**
 * Kumo's one clock. Time in service code comes from here, never Date.now(), so users can move
 * it forward (`POST /_kumo/clock`) to expire timeouts, TTLs and schedules without sleeping.
 */
export interface Clock {
  /** Epoch milliseconds, real time plus the offset. */
  now(): number;
  date(): Date;
  /** The offset added to real time, in ms. */
  readonly offsetMs: number;
  /** Moves time forward by ms (never backward); due scheduled work runs. */
  advance(ms: number): void;
  onChange(listener: () => void): () => void;
}

/** Background work that follows Kumo's clock. */
export interface Scheduler {
  /** Runs fn once when the clock reaches `atMs`; returns a cancel function. */
  at(atMs: number, fn: () => void | Promise<void>): () => void;
  /** Runs fn every `intervalMs` of clock time; returns a cancel function. */
  every(intervalMs: number, fn: () => void | Promise<void>): () => void;
  stop(): void;
}
