import { randomUUID } from 'node:crypto';
import type { OperationContext, ServiceRuntime } from '../../define-service.js';
import type { Store } from '../../../store/types.js';

/*
 * The runtime (scheduler, clock, internal client) of each running Kumo's S3, by store: work
 * that a request starts for later (replication, log delivery) finds its Kumo's scheduler here.
 * Keyed by store, never a global, since several Kumos can run in one process.
 */
const runtimes = new WeakMap<Store, ServiceRuntime>();

export function registerS3Runtime(runtime: ServiceRuntime): void {
  runtimes.set(runtime.store, runtime);
}

export function unregisterS3Runtime(runtime: ServiceRuntime): void {
  if (runtimes.get(runtime.store) === runtime) runtimes.delete(runtime.store);
}

export function s3RuntimeOf(store: Store): ServiceRuntime | undefined {
  return runtimes.get(store);
}

/** S3 acting on its own for an account (replication, log and inventory delivery): the context an operation would get. */
export function backgroundContext(runtime: ServiceRuntime, accountId: string, region: string, operation: string): OperationContext {
  const scope = { accountId, region };
  return {
    service: 's3',
    operation,
    ...scope,
    requestId: randomUUID(),
    caller: { accessKeyId: '', accountId, arn: `arn:aws:iam::${accountId}:root`, userId: accountId },
    clock: runtime.clock,
    aws: runtime.aws,
    table: (definition) => runtime.store.table(definition, scope),
    store: runtime.store,
    endpoint: '',
    sourceIp: '',
  };
}
