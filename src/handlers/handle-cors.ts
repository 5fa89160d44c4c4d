import { credentialScopeOf, type CorsAnswer, type RoutingFacts } from '../router/index.js';
import type { Exchange } from '../server/exchange.js';
import type { KumoRuntime } from '../server/runtime.js';
import { SERVICE_ROUTING_RULES } from '../server/service-routing-rules.js';
import type { Handler } from './handler.js';

/** Headers browser SDKs must be able to read from responses. */
const EXPOSED_HEADERS = [
  'x-amzn-requestid',
  'x-amzn-errortype',
  'x-amzn-error-message',
  'x-amzn-query-error',
  'x-amz-request-id',
  'x-amz-id-2',
  'x-amz-version-id',
  'x-amz-delete-marker',
  'x-amz-server-side-encryption',
  'x-amz-checksum-crc32',
  'x-amz-checksum-crc32c',
  'x-amz-checksum-sha1',
  'x-amz-checksum-sha256',
  'x-amz-checksum-crc64nvme',
  'x-amz-function-error',
  'x-amz-log-result',
  'x-amz-executed-version',
  'etag',
  'content-length',
  'content-range',
  'date',
  'last-modified',
].join(', ');

/**
 * Lets browser SDKs call Kumo: answers preflight requests and adds the allow/expose headers
 * to every response. A service whose resources carry their own CORS rules (S3 buckets)
 * answers for them through its routing rule's `cors` hook instead.
 */
export const handleCors: Handler = (exchange, runtime) => {
  const origin = exchange.headers.origin;
  const preflight = exchange.method === 'OPTIONS' && exchange.headers['access-control-request-method'] !== undefined;
  if (!preflight && !origin) return;
  // Requests a service claims whole (function URLs, website endpoints) answer CORS themselves.
  if (isClaimed(exchange, runtime)) return;
  const own = serviceCors(exchange, runtime, preflight);
  if (own?.preflight && preflight) {
    exchange.response = own.preflight;
    return;
  }
  if (own && !preflight) {
    for (const [name, value] of Object.entries(own.headers ?? {})) exchange.res.setHeader(name, value);
    return;
  }
  if (preflight) {
    exchange.response = {
      status: 200,
      headers: {
        ...corsHeaders(exchange),
        'access-control-allow-methods': 'GET, HEAD, PUT, POST, DELETE, PATCH, OPTIONS',
        'access-control-allow-headers': exchange.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '86400',
        'content-length': '0',
      },
    };
    return;
  }
  if (origin) for (const [name, value] of Object.entries(corsHeaders(exchange))) exchange.res.setHeader(name, value);
};

function corsHeaders(exchange: Exchange): Record<string, string> {
  const origin = exchange.headers.origin;
  return {
    'access-control-allow-origin': origin ?? '*',
    ...(origin ? { 'access-control-allow-credentials': 'true', vary: 'Origin' } : {}),
    'access-control-expose-headers': EXPOSED_HEADERS,
  };
}

/** The CORS answer of the service the request resolves to, when it keeps rules of its own. */
function serviceCors(exchange: Exchange, runtime: KumoRuntime, preflight: boolean): CorsAnswer | undefined {
  const facts: RoutingFacts = {
    method: exchange.method,
    path: exchange.path,
    rawQuery: exchange.rawQuery,
    headers: exchange.headers,
    hostname: exchange.hostname,
    scope: credentialScopeOf(exchange.headers, exchange.rawQuery),
  };
  const service = runtime.resolver.resolve(facts)?.entry.name;
  const rule = service === undefined ? undefined : SERVICE_ROUTING_RULES.find((r) => r.service === service && r.cors);
  return rule?.cors?.(facts, runtime.store, preflight);
}

function isClaimed(exchange: Exchange, runtime: KumoRuntime): boolean {
  const request = { method: exchange.method, path: exchange.path, hostname: exchange.hostname };
  for (const definition of runtime.services.values()) if (definition.claimRequest?.(request)) return true;
  return false;
}
