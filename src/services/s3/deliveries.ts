import type { ServiceRuntime } from '../define-service.js';
import type { Store } from '../../store/types.js';
import { deliverAccessLogs, LOG_DELIVERY_INTERVAL_MS } from './model/access-log-delivery.js';
import { deliverInventories, INVENTORY_CHECK_INTERVAL_MS } from './model/inventory-report.js';
import { registerS3Runtime, unregisterS3Runtime } from './model/s3-runtimes.js';
import { resumeReplication, stopReplication } from './model/replication-run.js';

const running = new WeakMap<Store, Array<() => void>>();

/**
 * S3's deliveries on Kumo's clock: server access logs every few minutes, inventory reports
 * (checked hourly, delivered Daily or Weekly); replication jobs
 * find this Kumo's scheduler through the registered runtime (model/s3-runtimes.ts).
 */
export function startS3Deliveries(runtime: ServiceRuntime): void {
  stopS3Deliveries(runtime);
  registerS3Runtime(runtime);
  // Jobs and records wait in tables, so what a stopped or killed Kumo left is picked up here.
  resumeReplication(runtime);
  running.set(runtime.store, [
    runtime.scheduler.every(LOG_DELIVERY_INTERVAL_MS, () => deliverAccessLogs(runtime)),
    runtime.scheduler.every(INVENTORY_CHECK_INTERVAL_MS, () => deliverInventories(runtime)),
  ]);
}

export function stopS3Deliveries(runtime: ServiceRuntime): void {
  for (const cancel of running.get(runtime.store) ?? []) cancel();
  running.delete(runtime.store);
  stopReplication(runtime);
  unregisterS3Runtime(runtime);
}
