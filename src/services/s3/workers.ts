import { randomUUID } from 'node:crypto';
import type { OperationContext, ServiceRuntime } from '../define-service.js';
import type { Store } from '../../store/types.js';
import { runLifecycle } from './model/lifecycle-run.js';
import { completeTieringRestore, runIntelligentTiering } from './model/intelligent-tiering-run.js';
import { notifyObjectEvent, type EventOrigin } from './model/notifications.js';
import { findVersion } from './model/object-versions.js';
import { rewriteVersion } from './model/rewrite-version.js';
import { bucketsTable, restoresTable } from './store.js';
import { startS3Deliveries, stopS3Deliveries } from './deliveries.js';

/** How often (in Kumo clock time) the worker looks for due restores and lifecycle actions. */
export const SWEEP_INTERVAL_MS = 60_000;

const running = new WeakMap<Store, () => void>();

/** Starts this Kumo's S3 worker; moving the clock runs a sweep at once. */
export function startS3Workers(runtime: ServiceRuntime): void {
  running.get(runtime.store)?.();
  running.set(runtime.store, runtime.scheduler.every(SWEEP_INTERVAL_MS, () => sweep(runtime)));
  startS3Deliveries(runtime);
}

export function stopS3Workers(runtime: ServiceRuntime): void {
  running.get(runtime.store)?.();
  running.delete(runtime.store);
  stopS3Deliveries(runtime);
}

/** S3 acting on its own: the context an operation would get, as the bucket owner's service. */
function workerContext(runtime: ServiceRuntime): OperationContext {
  const scope = { accountId: '000000000000', region: 'us-east-1' };
  return {
    service: 's3',
    operation: 'Lifecycle',
    ...scope,
    requestId: randomUUID(),
    caller: { accessKeyId: '', accountId: scope.accountId, arn: 'arn:aws:iam::000000000000:root', userId: scope.accountId },
    clock: runtime.clock,
    aws: runtime.aws,
    table: (definition) => runtime.store.table(definition, scope),
    store: runtime.store,
    endpoint: '',
    sourceIp: '',
  };
}

/** One pass: restores that completed or expired, then every bucket's lifecycle rules. */
export function sweep(runtime: ServiceRuntime): void {
  const ctx = workerContext(runtime);
  const now = runtime.clock.now();
  const origin: EventOrigin = { aws: runtime.aws, nowMs: now, requestId: ctx.requestId, principalId: 's3.amazonaws.com', sourceIp: 's3.amazonaws.com' };
  const buckets = ctx.table(bucketsTable);
  const restores = ctx.table(restoresTable);
  for (const { key, value: restore } of restores.list()) {
    if (now < restore.readyMs) continue;
    const bucket = buckets.get(restore.bucket);
    const row = bucket ? findVersion(ctx, bucket, restore.key, restore.versionId) : undefined;
    // Overwritten, deleted, or restored again with other times: this entry is stale.
    if (!bucket || !row || row.restore?.readyMs !== restore.readyMs) {
      restores.delete(key);
      continue;
    }
    if (row.accessTier) {
      // Intelligent-Tiering: the object is back in Frequent Access for good.
      completeTieringRestore(ctx, bucket, row, origin);
      restores.delete(key);
      continue;
    }
    if (!restore.completed) {
      restores.put(key, { ...restore, completed: true });
      notifyObjectEvent(origin, bucket, { name: 'ObjectRestore:Completed', key: row.key, row, restore: { expiryMs: restore.expiryMs, storageClass: row.storageClass } });
    }
    if (now >= restore.expiryMs) {
      const { restore: _gone, ...rest } = row;
      ctx.store.transaction(() => {
        rewriteVersion(ctx, bucket, rest);
        restores.delete(key);
      });
      notifyObjectEvent(origin, bucket, { name: 'ObjectRestore:Delete', key: row.key, row, restore: { storageClass: row.storageClass } });
    }
  }
  for (const { value: bucket } of buckets.list()) {
    if (bucket.lifecycle) runLifecycle(ctx, bucket, now, origin);
    if (bucket.intelligentTiering) runIntelligentTiering(ctx, bucket, now, origin);
  }
}
