import type { ServiceRuntime } from '../define-service.js';
import { forgetRotationRuntime, registerRotationRuntime, runDueRotations } from './model/rotation.js';
import { dueTable, secretsTable } from './store.js';

const SWEEP_MS = 60_000;

/** Secrets whose recovery window ended are deleted for good, and due rotations start, on Kumo's clock. */
export function startSecretsWorkers(runtime: ServiceRuntime): () => void {
  registerRotationRuntime(runtime);
  const cancel = runtime.scheduler.every(SWEEP_MS, async () => {
    sweep(runtime);
    // Scheduled rotations that came due (awaited, so an advance of the clock waits for them).
    await runDueRotations(runtime);
  });
  return () => {
    cancel();
    forgetRotationRuntime(runtime);
  };
}

function sweep(runtime: ServiceRuntime): void {
  const now = runtime.clock.now();
  const due = runtime.store.table(dueTable, { accountId: '', region: '' });
  for (const { key, value } of due.list({ end: String(now + 1).padStart(15, '0'), limit: 1000 })) {
    due.delete(key);
    const secrets = runtime.store.table(secretsTable, { accountId: value.accountId, region: value.region });
    const row = secrets.get(value.name);
    // A restored (or re-created) secret has no deletion date that has passed.
    if (row?.deletionMs !== undefined && row.deletionMs <= now) secrets.delete(value.name);
  }
}
