import { randomUUID } from 'node:crypto';
import type { Store } from '../../../store/types.js';
import { GLOBAL_SCOPE, recordedMessagesTable, type RecordedMessageRow } from '../store.js';

let counter = 0;

/**
 * Keeps a delivery Kumo cannot make for real (email, SMS, mobile push) so tests can read it
 * at GET /_kumo/sns/messages; keys sort by time of recording.
 */
export function recordMessage(store: Store, nowMs: number, row: RecordedMessageRow): void {
  counter = (counter + 1) % 1_000_000;
  const key = `${String(nowMs).padStart(15, '0')}-${String(counter).padStart(6, '0')}-${randomUUID().slice(0, 8)}`;
  store.table(recordedMessagesTable, GLOBAL_SCOPE).put(key, row);
}
