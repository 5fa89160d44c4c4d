import type { InternalClient } from '../../../internal-client/types.js';
import type { Store } from '../../../store/types.js';
import type { OperationContext, ServiceRuntime } from '../../define-service.js';
import type { ItemsContext } from './streams.js';

/**
 * Exports and imports run after the call that started them has answered, as on AWS: on the
 * scheduler of the Kumo that holds the store (several Kumos can share a process, so runtimes are
 * kept by store). The lifecycle registers each runtime.
 */
const runtimes = new Map<Store, ServiceRuntime>();

export function registerJobRuntime(runtime: ServiceRuntime): void {
  runtimes.set(runtime.store, runtime);
}

export function forgetJobRuntime(runtime: ServiceRuntime): void {
  if (runtimes.get(runtime.store) === runtime) runtimes.delete(runtime.store);
}

/** What a background export or import uses: the caller's account and region, without a request. */
export interface JobContext extends ItemsContext {
  readonly aws: InternalClient;
}

/**
 * Runs `work` in the background in the caller's scope: at once on Kumo's scheduler (so
 * `POST /_kumo/clock` waits for it), or on the next turn of the event loop when no runtime is
 * registered (an operation called outside a running Kumo).
 */
export function runInBackground(ctx: OperationContext, work: (job: JobContext) => Promise<void>): void {
  const runtime = runtimes.get(ctx.store);
  const scope = { accountId: ctx.accountId, region: ctx.region };
  const job: JobContext = {
    ...scope,
    clock: runtime?.clock ?? ctx.clock,
    store: ctx.store,
    aws: runtime?.aws ?? ctx.aws,
    table: (definition) => ctx.store.table(definition, scope),
  };
  if (runtime) runtime.scheduler.at(job.clock.now(), () => work(job));
  else setImmediate(() => void work(job).catch(() => undefined));
}
