import type { Store } from '../../../store/types.js';
import type { ServiceRuntime } from '../../define-service.js';

/**
 * What deliveries and schedules need beyond one request, one per running Kumo (found from
 * the store an operation's context carries, so Kumos embedded in one process stay apart).
 */
export interface EventBridgeRuntime {
  readonly runtime: ServiceRuntime;
  /** Deliveries in flight, so stop() can wait for them. */
  readonly inFlight: Set<Promise<void>>;
  /** Scheduler timers by due time, so one time is armed once and stop() cancels them. */
  readonly armed: Map<number, () => void>;
  /** The same for the timers table (replay steps, delivery retries, retention sweeps). */
  readonly armedTimers: Map<number, () => void>;
  stopped: boolean;
}

const byStore = new WeakMap<Store, EventBridgeRuntime>();

export function startEventBridgeRuntime(runtime: ServiceRuntime): EventBridgeRuntime {
  const eb: EventBridgeRuntime = { runtime, inFlight: new Set(), armed: new Map(), armedTimers: new Map(), stopped: false };
  byStore.set(runtime.store, eb);
  return eb;
}

export async function stopEventBridgeRuntime(eb: EventBridgeRuntime): Promise<void> {
  eb.stopped = true;
  for (const cancel of [...eb.armed.values(), ...eb.armedTimers.values()]) cancel();
  eb.armed.clear();
  eb.armedTimers.clear();
  await Promise.allSettled([...eb.inFlight]);
  if (byStore.get(eb.runtime.store) === eb) byStore.delete(eb.runtime.store);
}

export function eventBridgeRuntimeOf(store: Store): EventBridgeRuntime | undefined {
  return byStore.get(store);
}

/** Runs work in the background, tracked so stop() can wait for it; never throws. */
export function track(eb: EventBridgeRuntime, work: () => Promise<void>): Promise<void> {
  const promise = work().catch(() => undefined).finally(() => eb.inFlight.delete(promise));
  eb.inFlight.add(promise);
  return promise;
}
