import { Readable } from 'node:stream';
import type { ServiceModel } from '../../model/index.js';
import { AwsError } from '../../shared/aws-error.js';
import type { Protocol, WireRequest, WireResponse } from '../types.js';

/** What an SDK v3 client hands its request handler (the fields the loopback needs). */
export interface SdkHttpRequest {
  method: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

export type LoopbackHandler = (operation: string, input: Record<string, unknown>) => Record<string, unknown>;

/** What went over the in-process wire, for tests that check the bytes AWS would send. */
export interface LoopbackExchange {
  request: WireRequest;
  response: WireResponse;
}

/**
 * A request handler for SDK v3 clients that runs Kumo's protocol in process: the client's
 * real serializer produces the request, the protocol parses it, `handle` answers, and the
 * client's real deserializer reads the protocol's response. Tests only.
 */
export function sdkLoopback(
  protocol: Protocol,
  model: ServiceModel,
  handle: LoopbackHandler,
  observe?: (exchange: LoopbackExchange) => void,
): { handle(request: SdkHttpRequest): Promise<{ response: unknown }> } {
  return {
    async handle(request: SdkHttpRequest) {
      const wire: WireRequest = {
        method: request.method,
        path: request.path,
        rawQuery: queryString(request.query ?? {}),
        headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v])),
        body: await bodyBuffer(request.body),
      };
      const ctx = { requestId: 'loopback-request-id' };
      const name = protocol.operationName(wire, model);
      const op = name !== undefined ? model.operations[name] : undefined;
      let res: WireResponse;
      try {
        if (!op) throw new AwsError('UnknownOperation', `no operation for ${request.method} ${request.path}`);
        res = protocol.serializeResponse(handle(op.name, protocol.parseRequest(wire, op, model)), op, model, ctx);
      } catch (error) {
        if (!(error instanceof AwsError)) throw error;
        res = protocol.serializeError(error, op, model, ctx);
      }
      observe?.({ request: wire, response: res });
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      // HTTP sends no body in answer to HEAD (Node's server drops it), so neither does the loopback.
      const body = request.method === 'HEAD' ? Readable.from([]) : res.body instanceof Readable ? res.body : Readable.from([Buffer.from(res.body ?? '')]);
      return { response: { statusCode: res.status, reason: '', headers, body } };
    },
  };
}

function queryString(query: Record<string, string | string[] | null>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === null) parts.push(encodeURIComponent(key));
    else for (const v of Array.isArray(value) ? value : [value]) parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(v)}`);
  }
  return parts.join('&');
}

async function bodyBuffer(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body);
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
