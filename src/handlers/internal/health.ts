import type { KumoRuntime } from '../../server/runtime.js';
import type { WireResponse } from '../../protocol/types.js';
import { jsonResponse } from './json-response.js';

/** `GET /_kumo/health`: version, uptime, persistence and each service with its state. */
export function kumoHealth(runtime: KumoRuntime): WireResponse {
  const services: Record<string, { state: string; operations: number }> = {};
  for (const [name, definition] of runtime.services) {
    services[name] = { state: 'running', operations: Object.keys(definition.operations).length };
  }
  return jsonResponse(200, {
    status: 'ok',
    version: runtime.version,
    uptimeSeconds: Math.round((Date.now() - runtime.startedAt) / 1000),
    persistence: runtime.store.persistent ? { mode: 'sqlite', dataDir: runtime.store.dataDir } : { mode: 'in-memory' },
    clock: { now: new Date(runtime.clock.now()).toISOString(), offsetMs: runtime.clock.offsetMs },
    services,
  });
}

/** LocalStack's names where they differ from Kumo's (the SDK v3 package suffixes). */
const LOCALSTACK_NAMES: Record<string, string> = {
  'cloudwatch-logs': 'logs',
  'eventbridge': 'events',
  'secrets-manager': 'secretsmanager',
  'dynamodb-streams': 'dynamodbstreams',
  'api-gateway': 'apigateway',
  'route-53': 'route53',
};

/** `GET /_localstack/health` in LocalStack's shape, so tooling that waits on it works unchanged. */
export function localstackHealth(runtime: KumoRuntime): WireResponse {
  const services: Record<string, string> = {};
  for (const name of runtime.services.keys()) services[LOCALSTACK_NAMES[name] ?? name] = 'running';
  return jsonResponse(200, { services, edition: 'community', version: runtime.version });
}
