import type { AddressInfo, Server } from 'node:net';
import { acceptConnections } from './accept-connections.js';
import { createClock } from '../engine/clock.js';
import { createScheduler } from '../engine/scheduler.js';
import { createInternalClient } from '../internal-client/create-internal-client.js';
import { modelCatalog } from '../model/index.js';
import { ServiceResolver } from '../router/index.js';
import type { ServiceDefinition } from '../services/define-service.js';
import { ALL_SERVICES } from '../services/index.js';
import { openStore } from '../store/open-store.js';
import type { KumoConfig } from './config.js';
import { handleRequest } from './handle-request.js';
import { Logger } from './logger.js';
import type { KumoRuntime } from './runtime.js';
import { SERVICE_ROUTING_RULES } from './service-routing-rules.js';
import { kumoVersion } from './version.js';

export interface RunningKumo {
  /** `http://127.0.0.1:4566`: what to give clients as their endpoint. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly runtime: KumoRuntime;
  reset(service?: string): Promise<void>;
  stop(): Promise<void>;
}

export class KumoStartError extends Error {}

/** Opens the store, starts the services' lifecycles and listens. */
export async function startServer(config: KumoConfig): Promise<RunningKumo> {
  const log = new Logger(config.logLevel);
  const store = openStore(config.inMemory ? { inMemory: true } : { dataDir: config.dataDir });
  const clock = createClock();
  const scheduler = createScheduler(clock);
  const services = selectServices(config.services);
  let url = `http://${config.host}:${config.port}`;
  const aws = createInternalClient({ services, store, clock, endpoint: () => url });
  const catalog = modelCatalog();
  const serviceRuntime = { store, clock, scheduler, aws };

  const runtime: KumoRuntime = {
    config,
    version: kumoVersion(),
    startedAt: Date.now(),
    catalog,
    resolver: new ServiceResolver(catalog, SERVICE_ROUTING_RULES.filter((r) => services.has(r.service)), new Set(services.keys())),
    services,
    store,
    clock,
    scheduler,
    aws,
    log,
    resetServices: async (name) => {
      for (const definition of pick(services, name)) await definition.lifecycle?.stop?.(serviceRuntime);
      for (const definition of pick(services, name)) await definition.lifecycle?.start?.(serviceRuntime);
    },
  };
  for (const definition of services.values()) await definition.lifecycle?.start?.(serviceRuntime);

  const connections = acceptConnections((req, res) => {
    handleRequest(req, res, runtime).catch((error: unknown) => {
      log.error(`unhandled: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  const server = connections.server;
  try {
    await listen(server, config.host, config.port);
  } catch (error) {
    for (const definition of services.values()) await definition.lifecycle?.stop?.(serviceRuntime);
    scheduler.stop();
    store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${hostForUrl === '0.0.0.0' ? '127.0.0.1' : hostForUrl}:${address.port}`;

  let stopped: Promise<void> | undefined;
  return {
    url,
    host: address.address,
    port: address.port,
    runtime,
    reset: async (service) => {
      store.reset(service);
      await runtime.resetServices(service);
    },
    stop: () => {
      stopped ??= (async () => {
        await connections.closeAll();
        for (const definition of services.values()) await definition.lifecycle?.stop?.(serviceRuntime);
        scheduler.stop();
        store.close();
      })();
      return stopped;
    },
  };
}

function selectServices(names: readonly string[]): Map<string, ServiceDefinition> {
  const chosen = new Map<string, ServiceDefinition>();
  for (const definition of ALL_SERVICES) {
    if (names.length === 0 || names.includes(definition.name)) chosen.set(definition.name, definition);
  }
  const unknown = names.filter((n) => !ALL_SERVICES.some((d) => d.name === n));
  if (unknown.length) {
    throw new KumoStartError(`Kumo does not implement: ${unknown.join(', ')}. Available: ${ALL_SERVICES.map((d) => d.name).join(', ')}.`);
  }
  return chosen;
}

function pick(services: ReadonlyMap<string, ServiceDefinition>, name: string | undefined): ServiceDefinition[] {
  return name ? [services.get(name)].filter((d): d is ServiceDefinition => !!d) : [...services.values()];
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new KumoStartError(`Port ${port} on ${host} is already in use: is Kumo (or LocalStack) already running? Stop it, or start Kumo with --port.`));
      } else if (error.code === 'EACCES') {
        reject(new KumoStartError(`Kumo may not listen on ${host}:${port} (permission denied); pick a port above 1023.`));
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => resolve());
  });
}
