import type { ServiceRuntime } from '../define-service.js';
import type { ScopeKey, TableDefinition } from '../../store/types.js';
import { TableItems } from './model/table-items.js';
import { isExpired, ttlDue } from './model/ttl.js';
import { tablesTable, ttlDueTable } from './store.js';

/** The TTL sweep runs every 30 seconds of Kumo's clock (moving the clock runs it at once). */
const SWEEP_MS = 30_000;
/** Deletions per pass, so one pass never holds the process for long. */
const MAX_PER_PASS = 10_000;

export function startDynamoDbWorkers(runtime: ServiceRuntime): () => void {
  return runtime.scheduler.every(SWEEP_MS, () => {
    sweepExpiredItems(runtime);
  });
}

/**
 * Deletes the items whose TTL attribute has passed, as DynamoDB's background process does:
 * each deletion is an ordinary item write (indexes, PITR log) with a stream REMOVE record made
 * by the service. Reads never hide expired items; only this sweep removes them.
 */
export function sweepExpiredItems(runtime: ServiceRuntime): number {
  const now = runtime.clock.now();
  const due = runtime.store.table(ttlDueTable, { accountId: '', region: '' });
  const end = String(now + 1).padStart(15, '0');
  let deleted = 0;
  for (;;) {
    const batch = due.list({ end, limit: 500 });
    if (batch.length === 0 || deleted >= MAX_PER_PASS) break;
    runtime.store.transaction(() => {
      for (const { key, value } of batch) {
        due.delete(key);
        if (expireOne(runtime, value, Number(key.slice(0, 15)), now)) deleted++;
      }
    });
  }
  return deleted;
}

function expireOne(runtime: ServiceRuntime, entry: { accountId: string; region: string; tableName: string; storeKey: string }, dueMs: number, now: number): boolean {
  const scope: ScopeKey = { accountId: entry.accountId, region: entry.region };
  const table = runtime.store.table(tablesTable, scope).get(entry.tableName);
  if (!table?.ttl?.enabled) return false;
  const ctx = { ...scope, clock: runtime.clock, store: runtime.store, table: <T>(d: TableDefinition<T>) => runtime.store.table(d, scope) };
  const items = new TableItems(ctx, table);
  const item = items.get(entry.storeKey);
  // The entry is a hint: the item may have been rewritten with another expiry since.
  if (!item || ttlDue(item[table.ttl.attributeName]) !== dueMs || !isExpired(dueMs, now)) return false;
  items.write(entry.storeKey, item, undefined, true);
  return true;
}
