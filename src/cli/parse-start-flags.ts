import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, configFromEnv, type KumoConfig, type LogLevel } from '../server/config.js';

const LOG_LEVELS: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** `kumo start` flags over KUMO_* variables over the defaults. */
export function parseStartFlags(args: string[], env: NodeJS.ProcessEnv = process.env): KumoConfig {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'in-memory': { type: 'boolean' },
      services: { type: 'string' },
      'log-level': { type: 'string' },
    },
    strict: true,
  });
  const config: KumoConfig = { ...DEFAULT_CONFIG, ...configFromEnv(env) };
  if (values.port !== undefined) config.port = Number(values.port);
  if (values.host !== undefined) config.host = values.host;
  if (values['data-dir'] !== undefined) config.dataDir = values['data-dir'];
  if (values['in-memory']) config.inMemory = true;
  if (values.services !== undefined) config.services = values.services.split(',').map((s) => s.trim()).filter(Boolean);
  if (values['log-level'] !== undefined) config.logLevel = values['log-level'] as LogLevel;
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) throw new Error(`--port must be a number from 0 to 65535, not ${String(config.port)}`);
  if (!LOG_LEVELS.includes(config.logLevel)) throw new Error(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);
  if (config.inMemory) config.dataDir = undefined;
  return config;
}
