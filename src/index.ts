import { DEFAULT_CONFIG, type KumoConfig, type LogLevel } from './server/config.js';
import { startServer } from './server/start-server.js';

export interface StartKumoOptions {
  /** 4566 unless given; 0 picks a free port. */
  port?: number;
  host?: string;
  /** In memory unless a data directory is given. */
  dataDir?: string;
  /** Only these services (Kumo names: 'sqs', 's3', ...); all by default. */
  services?: string[];
  /** Silent by default, so test output stays clean. */
  logLevel?: LogLevel;
  defaultAccount?: string;
  defaultRegion?: string;
  /** Verify SigV4 signatures of keys Kumo issued (KUMO_ENFORCE_SIGV4). */
  enforceSigV4?: boolean;
  /** Authorize every request with IAM policies (KUMO_ENFORCE_IAM). */
  enforceIam?: boolean;
}

export interface EmbeddedKumo {
  /** The endpoint to give AWS clients: `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Region and dummy credentials that, with `endpoint: url`, make an SDK v3 client work. */
  readonly clientConfig: {
    endpoint: string;
    region: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
  /** Clears all state, or one service's. */
  reset(service?: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts Kumo inside the current Node.js process, for test suites (node:test, Vitest, Jest):
 *
 *   const kumo = await startKumo({ port: 0 });
 *   const sqs = new SQSClient(kumo.clientConfig);
 *   ...
 *   await kumo.stop();
 */
export async function startKumo(options: StartKumoOptions = {}): Promise<EmbeddedKumo> {
  const config: KumoConfig = {
    ...DEFAULT_CONFIG,
    port: options.port ?? DEFAULT_CONFIG.port,
    host: options.host ?? DEFAULT_CONFIG.host,
    inMemory: options.dataDir === undefined,
    dataDir: options.dataDir,
    services: options.services ?? [],
    logLevel: options.logLevel ?? 'silent',
    defaultAccount: options.defaultAccount ?? DEFAULT_CONFIG.defaultAccount,
    defaultRegion: options.defaultRegion ?? DEFAULT_CONFIG.defaultRegion,
    enforceSigV4: options.enforceSigV4 ?? false,
    enforceIam: options.enforceIam ?? false,
  };
  const running = await startServer(config);
  return {
    url: running.url,
    port: running.port,
    clientConfig: {
      endpoint: running.url,
      region: config.defaultRegion,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    },
    reset: (service) => running.reset(service),
    stop: () => running.stop(),
  };
}

export type { LogLevel } from './server/config.js';
