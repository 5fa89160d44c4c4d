import type { ServiceRuntime } from '../define-service.js';
import { expiryOf } from './model/parameter-policies.js';
import { expiryTable, parametersTable } from './store.js';

const SWEEP_MS = 60_000;

/** Parameters whose Expiration policy came due are deleted, on Kumo's clock. */
export function startParameterWorkers(runtime: ServiceRuntime): () => void {
  return runtime.scheduler.every(SWEEP_MS, () => sweep(runtime));
}

function sweep(runtime: ServiceRuntime): void {
  const now = runtime.clock.now();
  const due = runtime.store.table(expiryTable, { accountId: '', region: '' });
  for (const { key, value } of due.list({ end: String(now + 1).padStart(15, '0'), limit: 1000 })) {
    due.delete(key);
    const parameters = runtime.store.table(parametersTable, { accountId: value.accountId, region: value.region });
    const row = parameters.get(value.name);
    // A later version without the policy (or with a later expiry) keeps the parameter.
    const expires = expiryOf(row?.versions[row.versions.length - 1]);
    if (row && expires !== undefined && expires <= now) parameters.delete(value.name);
  }
}
