import type { Store } from '../../../store/types.js';
import type { QueueRef } from './queues.js';

/** How often a queue's expired deduplication and receive-attempt rows are swept, in clock time. */
const SWEEP_INTERVAL_MS = 60_000;

/** Per Kumo (store): queue key -> clock time of its last sweep. Kept in memory: a restart sweeps again. */
const lastSweep = new WeakMap<Store, Map<string, number>>();

/**
 * Deletes a FIFO queue's deduplication ids and ReceiveRequestAttemptIds whose 5-minute window
 * has passed, at most once a minute per queue, so a busy FIFO queue's tables stay the size of
 * its last five minutes. Called from a send, inside its transaction.
 */
export function sweepExpired(store: Store, q: QueueRef, now: number): void {
  let sweeps = lastSweep.get(store);
  if (!sweeps) lastSweep.set(store, (sweeps = new Map()));
  const last = sweeps.get(q.key);
  if (last !== undefined && now - last < SWEEP_INTERVAL_MS) return;
  sweeps.set(q.key, now);
  const prefix = `${q.address.name}/`;
  for (const row of q.tables.dedup.list({ prefix })) if (row.value.expires <= now) q.tables.dedup.delete(row.key);
  for (const row of q.tables.attempts.list({ prefix })) if (row.value.expires <= now) q.tables.attempts.delete(row.key);
}
