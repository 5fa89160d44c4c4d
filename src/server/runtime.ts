import type { ClockScheduler } from '../engine/scheduler.js';
import type { Clock } from '../engine/types.js';
import type { InternalClient } from '../internal-client/types.js';
import type { ModelCatalog } from '../model/index.js';
import type { ServiceResolver } from '../router/index.js';
import type { ServiceDefinition } from '../services/define-service.js';
import type { Store } from '../store/types.js';
import type { KumoConfig } from './config.js';
import type { Logger } from './logger.js';

/** Everything the chain's handlers share for the life of the process. */
export interface KumoRuntime {
  readonly config: KumoConfig;
  readonly version: string;
  readonly startedAt: number;
  readonly catalog: ModelCatalog;
  readonly resolver: ServiceResolver;
  /** The services Kumo serves, by name. */
  readonly services: ReadonlyMap<string, ServiceDefinition>;
  readonly store: Store;
  readonly clock: Clock;
  readonly scheduler: ClockScheduler;
  readonly aws: InternalClient;
  readonly log: Logger;
  /** Stops and restarts service lifecycles around a reset or import. */
  resetServices(service?: string): Promise<void>;
}
