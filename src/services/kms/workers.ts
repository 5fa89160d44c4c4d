import type { ServiceRuntime } from '../define-service.js';
import { addMaterial } from './model/rotation.js';
import { purgeKey } from './model/purge-key.js';
import { dueKey, dueTable, keysTable } from './store.js';

const SWEEP_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Deletions at the end of their waiting period and automatic rotations, on Kumo's clock: one
 * sweep a minute over the due-work table (moving the clock runs it at once). Each entry is
 * checked against the key, so a cancelled deletion or disabled rotation is simply dropped.
 */
export function startKmsWorkers(runtime: ServiceRuntime): () => void {
  return runtime.scheduler.every(SWEEP_MS, () => sweep(runtime));
}

export function sweep(runtime: ServiceRuntime): void {
  const now = runtime.clock.now();
  const due = runtime.store.table(dueTable, { accountId: '', region: '' });
  const end = `${String(now + 1).padStart(15, '0')}`;
  for (const { key, value } of due.list({ end, limit: 1000 })) {
    due.delete(key);
    const keys = runtime.store.table(keysTable, { accountId: value.accountId, region: value.region });
    const row = keys.get(value.keyId);
    if (!row) continue;
    if (value.kind === 'delete' && row.state === 'PendingDeletion' && (row.deletionMs ?? Infinity) <= now) {
      purgeKey(runtime.store, row);
    } else if (value.kind === 'rotate' && row.rotationEnabled && row.state === 'Enabled' && (row.nextRotationMs ?? Infinity) <= now) {
      const rotated = addMaterial(runtime.store, row, now, 'AUTOMATIC');
      const nextRotationMs = now + (row.rotationPeriodDays ?? 365) * DAY_MS;
      keys.put(row.keyId, { ...rotated, nextRotationMs });
      due.put(dueKey(nextRotationMs, value), value);
    }
  }
}
