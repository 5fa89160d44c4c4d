import { AwsError } from '../../../shared/aws-error.js';
import type { Store } from '../../../store/types.js';
import type { ServiceRuntime } from '../../define-service.js';
import { Signer } from './signer.js';

/**
 * What deliveries need beyond one request: the scheduler (retries follow Kumo's clock), the
 * signer, and caches. One per running Kumo, found from the store the operation's context
 * carries, so several Kumo instances in one process (test suites) stay apart.
 */
export interface SnsRuntime {
  readonly runtime: ServiceRuntime;
  readonly signer: Signer;
  /** Queue ARN -> URL from SQS's GetQueueUrl. */
  readonly queueUrls: Map<string, string>;
  /** FIFO topic ARN -> the tail of its in-order delivery chain. */
  readonly fifoChains: Map<string, Promise<void>>;
  /** Cancels for scheduled retries, so stop() leaves nothing behind. */
  readonly pending: Set<() => void>;
  /** Deliveries in flight, so stop() can wait for them. */
  readonly inFlight: Set<Promise<void>>;
  stopped: boolean;
}

const byStore = new WeakMap<Store, SnsRuntime>();

export function startSnsRuntime(runtime: ServiceRuntime): SnsRuntime {
  let signer: Signer | undefined;
  const sns: SnsRuntime = {
    runtime,
    // Made on first use: generating the RSA key pair costs ~100 ms, too much for every start
    // of an in-memory Kumo that may never publish.
    get signer(): Signer {
      signer ??= new Signer(runtime.store, runtime.clock.now());
      return signer;
    },
    queueUrls: new Map(),
    fifoChains: new Map(),
    pending: new Set(),
    inFlight: new Set(),
    stopped: false,
  };
  byStore.set(runtime.store, sns);
  return sns;
}

export async function stopSnsRuntime(sns: SnsRuntime): Promise<void> {
  sns.stopped = true;
  for (const cancel of sns.pending) cancel();
  sns.pending.clear();
  await Promise.allSettled([...sns.inFlight]);
  if (byStore.get(sns.runtime.store) === sns) byStore.delete(sns.runtime.store);
}

export function snsRuntimeOf(store: Store): SnsRuntime {
  const sns = byStore.get(store);
  if (!sns) throw new AwsError('ServiceUnavailable', 'SNS is not running.', { status: 503 });
  return sns;
}

/** Runs a delivery in the background, tracked so stop() can wait for it; never throws. */
export function track(sns: SnsRuntime, work: () => Promise<void>): Promise<void> {
  const promise = work().catch(() => undefined).finally(() => sns.inFlight.delete(promise));
  sns.inFlight.add(promise);
  return promise;
}

/** Runs `fn` when Kumo's clock reaches `atMs`, unless SNS stops first. */
export function later(sns: SnsRuntime, atMs: number, fn: () => Promise<void>): void {
  if (sns.stopped) return;
  const cancel = sns.runtime.scheduler.at(atMs, async () => {
    sns.pending.delete(cancel);
    if (!sns.stopped) await track(sns, fn);
  });
  sns.pending.add(cancel);
}
