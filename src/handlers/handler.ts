import type { Exchange } from '../server/exchange.js';
import type { KumoRuntime } from '../server/runtime.js';

/** One step of the request chain. Setting `exchange.response` ends the chain. */
export type Handler = (exchange: Exchange, runtime: KumoRuntime) => void | Promise<void>;
