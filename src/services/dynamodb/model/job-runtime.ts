import type { InternalClient } from '../../../internal-client/types.js';
import { defineTable, type ScopeKey, type Store } from '../../../store/types.js';
import type { OperationContext, ServiceRuntime } from '../../define-service.js';
import type { ItemsContext } from './streams.js';

/**
 * Exports and imports run after the call that started them has answered, as on AWS: on the
 * scheduler of the Kumo that holds the store (several Kumos can share a process, so runtimes are
 * kept by store). The lifecycle registers each runtime; each registration is its own entry, so a
 * job started before a stop (or a reset) can tell that its Kumo has gone.
 */
interface Registration {
  runtime: ServiceRuntime;
}
const runtimes = new Map<Store, Registration>();

export function registerJobRuntime(runtime: ServiceRuntime): void {
  runtimes.set(runtime.store, { runtime });
}

export function forgetJobRuntime(runtime: ServiceRuntime): void {
  if (runtimes.get(runtime.store)?.runtime === runtime) runtimes.delete(runtime.store);
}

export type JobKind = 'export' | 'import';

/**
 * The jobs that have not ended, across every account and region, keyed
 * `<kind>/<account>/<region>/<row key>`: written in the transaction that creates the job's row
 * and deleted in the one that ends it, so a Kumo that stopped mid-job finds it on start.
 */
export interface RunningJobRow {
  kind: JobKind;
  accountId: string;
  region: string;
  key: string;
}
export const runningJobsTable = defineTable<RunningJobRow>({ service: 'dynamodb', name: 'running-jobs', scope: 'global' });
const GLOBAL: ScopeKey = { accountId: '', region: '' };

const registryKey = (kind: JobKind, scope: ScopeKey, key: string): string => `${kind}/${scope.accountId}/${scope.region}/${key}`;

/** Call inside the transaction that writes the job's IN_PROGRESS row. */
export function trackJob(ctx: Pick<OperationContext, 'store' | 'accountId' | 'region'>, kind: JobKind, key: string): void {
  ctx.store.table(runningJobsTable, GLOBAL).put(registryKey(kind, ctx, key), { kind, accountId: ctx.accountId, region: ctx.region, key });
}

/** Call inside the transaction that ends the job (or when its row is gone). */
export function untrackJob(job: JobContext, kind: JobKind, key: string): void {
  job.store.table(runningJobsTable, GLOBAL).delete(registryKey(kind, job, key));
}

/** The jobs a stopped Kumo left running, for the lifecycle to resume. */
export function runningJobs(store: Store): RunningJobRow[] {
  return store.table(runningJobsTable, GLOBAL).list().map((r) => r.value);
}

/** What a background export or import uses: the caller's account and region, without a request. */
export interface JobContext extends ItemsContext {
  readonly aws: InternalClient;
  /**
   * False once the Kumo that started the job has stopped: the job then records no end, so the
   * next start resumes it instead of keeping a failure caused by the shutdown.
   */
  readonly live: () => boolean;
}

function jobContext(store: Store, scope: ScopeKey, fallback: Pick<OperationContext, 'clock' | 'aws'>, registration: Registration | undefined): JobContext {
  return {
    ...scope,
    clock: registration?.runtime.clock ?? fallback.clock,
    store,
    aws: registration?.runtime.aws ?? fallback.aws,
    table: (definition) => store.table(definition, scope),
    live: () => registration === undefined || runtimes.get(store) === registration,
  };
}

/**
 * Runs `work` in the background in the caller's scope: at once on Kumo's scheduler (so
 * `POST /_kumo/clock` waits for it), or on the next turn of the event loop when no runtime is
 * registered (an operation called outside a running Kumo).
 */
export function runInBackground(ctx: OperationContext, work: (job: JobContext) => Promise<void>): void {
  const registration = runtimes.get(ctx.store);
  const job = jobContext(ctx.store, { accountId: ctx.accountId, region: ctx.region }, ctx, registration);
  if (registration) registration.runtime.scheduler.at(job.clock.now(), () => work(job));
  else setImmediate(() => void work(job).catch(() => undefined));
}

/** Runs `work` for a job found in the registry on start, on the runtime's scheduler. */
export function resumeInBackground(runtime: ServiceRuntime, scope: ScopeKey, work: (job: JobContext) => Promise<void>): void {
  const job = jobContext(runtime.store, scope, runtime, runtimes.get(runtime.store));
  runtime.scheduler.at(runtime.clock.now(), () => work(job));
}
