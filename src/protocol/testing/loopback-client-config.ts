import { modelCatalog } from '../../model/index.js';
import type { Protocol } from '../types.js';
import { sdkLoopback, type LoopbackExchange, type LoopbackHandler } from './sdk-loopback.js';

/**
 * The configuration an SDK v3 client needs to talk to Kumo's protocol in process: fixed
 * region and credentials, one attempt (so errors surface at once) and the loopback handler
 * over the Kumo model `service`. Spread it into the client's constructor.
 */
export function loopbackClientConfig(
  protocol: Protocol,
  service: string,
  handle: LoopbackHandler,
  observe?: (exchange: LoopbackExchange) => void,
) {
  return {
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    endpoint: 'http://localhost:4566',
    maxAttempts: 1,
    requestHandler: sdkLoopback(protocol, modelCatalog().model(service), handle, observe),
  };
}

/** The text of a response body that was written whole (not streamed). */
export function bodyText(exchange: LoopbackExchange | undefined): string {
  const body = exchange?.response.body;
  if (typeof body === 'string') return body;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  return '';
}
