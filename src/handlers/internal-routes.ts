import { AwsError } from '../shared/aws-error.js';
import { readBody } from '../server/read-body.js';
import type { Handler } from './handler.js';
import type { Exchange } from '../server/exchange.js';
import type { KumoRuntime } from '../server/runtime.js';
import { verifySignature } from './verify-signature.js';
import type { ServiceDefinition } from '../services/define-service.js';
import { blobDownloadRoute } from './internal/blob-download-route.js';
import { clockRoute } from './internal/clock-route.js';
import { kumoHealth, localstackHealth } from './internal/health.js';
import { resetRoute, stateRoute } from './internal/state-route.js';

/** Kumo's own endpoints under /_kumo/ (and LocalStack's health path), before any AWS routing. */
export const internalRoutes: Handler = (exchange, runtime) => {
  // Synchronous for AWS API calls (nearly all requests): no promise unless a route matches.
  const claim = claimingService(exchange, runtime);
  if (claim) return serveClaimed(exchange, runtime, claim);
  const path = exchange.path;
  if (!path.startsWith('/_kumo/') && path !== '/_kumo' && !path.startsWith('/_localstack/')) return;
  return serveInternal(exchange, runtime);
};

async function serveInternal(exchange: Exchange, runtime: KumoRuntime): Promise<void> {
  const path = exchange.path;
  const query = new URLSearchParams(exchange.rawQuery);
  if (path.startsWith('/_kumo/blobs/')) {
    exchange.response = blobDownloadRoute(runtime, exchange.method, path, query);
    return;
  }
  const body = exchange.method === 'POST' ? (await readBody(exchange.req, exchange.headers, runtime.config.maxBodyBytes, false)).body : Buffer.alloc(0);
  switch (path.replace(/\/+$/, '')) {
    case '/_kumo/health':
      exchange.response = kumoHealth(runtime);
      return;
    case '/_localstack/health':
      exchange.response = localstackHealth(runtime);
      return;
    case '/_kumo/clock':
      exchange.response = await clockRoute(runtime, exchange.method, body);
      return;
    case '/_kumo/state':
      exchange.response = await stateRoute(runtime, exchange.method, query, body);
      return;
    case '/_kumo/reset':
      if (exchange.method !== 'POST') throw new AwsError('MethodNotAllowed', 'Use POST /_kumo/reset.', { status: 405 });
      exchange.response = await resetRoute(runtime, query);
      return;
    default: {
      const route = [...runtime.services.values()].map((d) => d.internalRoutes?.[path.replace(/\/+$/, '')]).find((r) => r !== undefined);
      if (route) {
        const { store, clock, scheduler, aws } = runtime;
        const out = await route({ method: exchange.method, query, body, runtime: { store, clock, scheduler, aws } });
        exchange.response = { status: out.status, headers: { 'content-type': out.contentType }, body: out.body };
        return;
      }
      throw new AwsError('NotFound', `Kumo has no internal endpoint ${path}.`, { status: 404 });
    }
  }
}

interface Claim {
  name: string;
  route: NonNullable<ReturnType<NonNullable<ServiceDefinition['claimRequest']>>>;
}

/** The service that claims this request by host or path (Lambda function URLs, S3 websites). */
function claimingService(exchange: Exchange, runtime: KumoRuntime): Claim | undefined {
  for (const [name, definition] of runtime.services) {
    const route = definition.claimRequest?.({ method: exchange.method, path: exchange.path, hostname: exchange.hostname });
    if (route) return { name, route };
  }
  return undefined;
}

/** A claimed request, served with the whole request in hand. */
async function serveClaimed(exchange: Exchange, runtime: KumoRuntime, { name, route }: Claim): Promise<void> {
  const body = (await readBody(exchange.req, exchange.headers, runtime.config.maxBodyBytes, false)).body;
  exchange.body = body;
  const { store, clock, scheduler, aws } = runtime;
  const out = await route({
    method: exchange.method,
    query: new URLSearchParams(exchange.rawQuery),
    body,
    runtime: { store, clock, scheduler, aws },
    path: exchange.path,
    rawQuery: exchange.rawQuery,
    headers: exchange.headers,
    hostname: exchange.hostname,
    sourceIp: exchange.req.socket.remoteAddress ?? '127.0.0.1',
    verifySignature: async () => {
      exchange.service = runtime.catalog.entry(name);
      await verifySignature(exchange, runtime);
    },
  });
  exchange.response = { status: out.status, headers: { 'content-type': out.contentType, ...out.headers }, body: out.body };
}
