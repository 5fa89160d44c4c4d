import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { CHAIN } from './chain.js';
import { errorResponse, toAwsError } from './error-response.js';
import { describeExchange, type Exchange } from './exchange.js';
import type { KumoRuntime } from './runtime.js';
import type { WireResponse } from '../protocol/types.js';

/** Runs one HTTP request through the chain, writes the response and logs one line. */
export async function handleRequest(req: IncomingMessage, res: ServerResponse, runtime: KumoRuntime): Promise<void> {
  const exchange = newExchange(req, res, runtime);
  try {
    for (const handler of CHAIN) {
      // Most handlers finish synchronously; awaiting only promises saves a microtask each.
      const pending = handler(exchange, runtime);
      if (pending) await pending;
      if (exchange.response) break;
    }
  } catch (thrown) {
    const error = toAwsError(thrown);
    if (error.status >= 500 && error.code === 'InternalFailure') {
      runtime.log.error(`${describeExchange(exchange)} ${exchange.requestId}: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`);
    }
    exchange.error = error;
    exchange.response = errorResponse(exchange, error);
  }
  await writeResponse(exchange, exchange.response ?? { status: 500, headers: {} });
  if (runtime.log.enabled('info')) {
    const ms = (performance.now() - exchange.receivedAt).toFixed(1);
    const detail = exchange.error ? ` ${exchange.error.code}` : '';
    runtime.log.info(`${describeExchange(exchange)} ${exchange.response?.status ?? 500} ${ms}ms${detail}`);
  }
}

function newExchange(req: IncomingMessage, res: ServerResponse, runtime: KumoRuntime): Exchange {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  // HTTP/2 requests carry :method, :path, :authority... instead of a Host header.
  if (headers[':authority'] !== undefined) {
    headers.host ??= headers[':authority'];
    for (const name of Object.keys(headers)) if (name.startsWith(':')) delete headers[name];
  }
  const host = headers.host ?? `${runtime.config.host}:${runtime.config.port}`;
  return {
    req,
    res,
    receivedAt: performance.now(),
    requestId: '',
    method: req.method ?? 'GET',
    path: q < 0 ? url : url.slice(0, q),
    rawQuery: q < 0 ? '' : url.slice(q + 1),
    headers,
    hostname: host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase(),
    endpoint: `http://${host}`,
    accountId: runtime.config.defaultAccount,
    region: runtime.config.defaultRegion,
  };
}

async function writeResponse(exchange: Exchange, response: WireResponse): Promise<void> {
  const { res, req } = exchange;
  if (res.headersSent) return;
  res.statusCode = response.status;
  if (exchange.requestId) {
    res.setHeader('x-amzn-requestid', exchange.requestId);
    res.setHeader('x-amz-request-id', exchange.requestId);
  }
  for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value);
  // A request body the handler never read (an early error) must be drained for keep-alive.
  if (!req.complete && !exchange.bodyStream) req.resume();
  const body = response.body;
  if (body instanceof Readable) {
    await new Promise<void>((resolve) => {
      body.once('error', () => {
        res.destroy();
        resolve();
      });
      res.once('close', resolve);
      body.pipe(res);
    });
    return;
  }
  const payload = body === undefined ? undefined : typeof body === 'string' ? Buffer.from(body) : body;
  if (!res.hasHeader('content-length') && exchange.method !== 'HEAD') res.setHeader('content-length', String(payload?.length ?? 0));
  res.end(exchange.method === 'HEAD' ? undefined : payload);
}
