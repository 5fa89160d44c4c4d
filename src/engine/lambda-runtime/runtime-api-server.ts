import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An event handed to the runtime by `GET .../invocation/next`. */
export interface RuntimeInvocation {
  requestId: string;
  payload: Buffer;
  deadlineMs: number;
  invokedFunctionArn: string;
  clientContext?: string;
}

/** What the runtime reported for the current invocation, or at init. */
export type RuntimeReport =
  | { kind: 'response'; requestId: string; body: Buffer }
  | { kind: 'error'; requestId: string; body: Buffer; errorType?: string }
  | { kind: 'init-error'; body: Buffer; errorType?: string }
  | { kind: 'too-large'; requestId: string; size: number };

/** Lambda's limit on a synchronous response, and what its Runtime API answers past it. */
export const MAX_RESPONSE_BYTES = 6_291_556;
const PREFIX = '/2018-06-01/runtime/';

/**
 * The Lambda Runtime API for one execution environment: the runtime long-polls `next`, then
 * posts a response or an error for that request id; init failures go to `init/error`.
 * One server per environment, as AWS_LAMBDA_RUNTIME_API names a host:port.
 */
export class RuntimeApiServer {
  private readonly server: Server;
  private waiting: ServerResponse | undefined;
  private queued: RuntimeInvocation | undefined;
  private current: RuntimeInvocation | undefined;

  constructor(private readonly onReport: (report: RuntimeReport) => void, private readonly onNext: () => void) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 0;
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Hands an event to the runtime now if it is polling, else when it next polls. */
  deliver(invocation: RuntimeInvocation): void {
    this.queued = invocation;
    if (this.waiting) {
      const res = this.waiting;
      this.waiting = undefined;
      this.send(res, invocation);
    }
  }

  close(): void {
    this.waiting?.destroy();
    this.waiting = undefined;
    this.server.closeAllConnections();
    this.server.close();
  }

  private send(res: ServerResponse, invocation: RuntimeInvocation): void {
    this.queued = undefined;
    this.current = invocation;
    const headers: Record<string, string | number> = {
      'content-type': 'application/json',
      'content-length': invocation.payload.length,
      'lambda-runtime-aws-request-id': invocation.requestId,
      'lambda-runtime-deadline-ms': invocation.deadlineMs,
      'lambda-runtime-invoked-function-arn': invocation.invokedFunctionArn,
      'lambda-runtime-trace-id': `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${invocation.requestId.replace(/-/g, '').slice(0, 24)};Parent=0000000000000000;Sampled=0;Lineage=1`,
    };
    if (invocation.clientContext) headers['lambda-runtime-client-context'] = invocation.clientContext;
    res.writeHead(200, headers);
    res.end(invocation.payload);
    this.onNext();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0]!;
    if (!path.startsWith(PREFIX)) return reply(res, 404, { errorMessage: 'Unknown Runtime API path', errorType: 'InvalidRequest' });
    const rest = path.slice(PREFIX.length);
    if (req.method === 'GET' && rest === 'invocation/next') {
      if (this.queued) return this.send(res, this.queued);
      this.waiting?.destroy();
      this.waiting = res;
      return;
    }
    const body = await readAll(req, MAX_RESPONSE_BYTES + 1);
    const errorType = header(req, 'lambda-runtime-function-error-type');
    if (req.method === 'POST' && rest === 'init/error') {
      reply(res, 202, { status: 'OK' });
      return this.onReport({ kind: 'init-error', body: body.data, errorType });
    }
    const match = /^invocation\/([^/]+)\/(response|error)$/.exec(rest);
    if (req.method !== 'POST' || !match) return reply(res, 404, { errorMessage: 'Unknown Runtime API path', errorType: 'InvalidRequest' });
    const requestId = decodeURIComponent(match[1]!);
    if (!this.current || this.current.requestId !== requestId) {
      return reply(res, 400, { errorMessage: `Invalid request ID: ${requestId}`, errorType: 'InvalidRequestID' });
    }
    this.current = undefined;
    if (match[2] === 'response' && body.truncated) {
      reply(res, 413, { errorMessage: `Exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`, errorType: 'RequestEntityTooLarge' });
      return this.onReport({ kind: 'too-large', requestId, size: body.size });
    }
    reply(res, 202, { status: 'OK' });
    this.onReport(match[2] === 'response' ? { kind: 'response', requestId, body: body.data } : { kind: 'error', requestId, body: body.data, errorType });
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Reads a body, keeping at most `limit` bytes (the size is still counted past it). */
async function readAll(req: IncomingMessage, limit: number): Promise<{ data: Buffer; size: number; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= limit) chunks.push(chunk);
  }
  return { data: Buffer.concat(chunks), size, truncated: size > limit };
}
