/** Kumo's settings, from flags and KUMO_* environment variables (README's table lists them). */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface KumoConfig {
  host: string;
  port: number;
  /** undefined with inMemory. */
  dataDir?: string;
  inMemory: boolean;
  /** Services to serve; empty means all that Kumo implements. */
  services: string[];
  logLevel: LogLevel;
  defaultAccount: string;
  defaultRegion: string;
  /** Largest request body Kumo buffers (streaming uploads are not limited by it). */
  maxBodyBytes: number;
  enforceSigV4: boolean;
  enforceIam: boolean;
}

export const DEFAULT_CONFIG: KumoConfig = {
  host: '127.0.0.1',
  port: 4566,
  dataDir: '.kumo',
  inMemory: false,
  services: [],
  logLevel: 'info',
  defaultAccount: '000000000000',
  defaultRegion: 'us-east-1',
  maxBodyBytes: 64 * 1024 * 1024,
  enforceSigV4: false,
  enforceIam: false,
};

/** Reads KUMO_* variables over the defaults; flags are applied over this by the CLI. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<KumoConfig> {
  const config: Partial<KumoConfig> = {};
  if (env.KUMO_HOST) config.host = env.KUMO_HOST;
  if (env.KUMO_PORT) config.port = Number(env.KUMO_PORT);
  if (env.KUMO_DATA_DIR) config.dataDir = env.KUMO_DATA_DIR;
  if (env.KUMO_IN_MEMORY) config.inMemory = isTrue(env.KUMO_IN_MEMORY);
  if (env.KUMO_SERVICES) config.services = env.KUMO_SERVICES.split(',').map((s) => s.trim()).filter(Boolean);
  if (env.KUMO_LOG_LEVEL) config.logLevel = env.KUMO_LOG_LEVEL as LogLevel;
  if (env.KUMO_DEFAULT_ACCOUNT) config.defaultAccount = env.KUMO_DEFAULT_ACCOUNT;
  if (env.KUMO_DEFAULT_REGION) config.defaultRegion = env.KUMO_DEFAULT_REGION;
  if (env.KUMO_MAX_BODY_BYTES) config.maxBodyBytes = Number(env.KUMO_MAX_BODY_BYTES);
  if (env.KUMO_ENFORCE_SIGV4) config.enforceSigV4 = isTrue(env.KUMO_ENFORCE_SIGV4);
  if (env.KUMO_ENFORCE_IAM) config.enforceIam = isTrue(env.KUMO_ENFORCE_IAM);
  return config;
}

function isTrue(value: string): boolean {
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}
