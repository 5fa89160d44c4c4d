import { AwsError } from '../../shared/aws-error.js';
import type { KumoRuntime } from '../../server/runtime.js';
import type { StateDocument } from '../../store/types.js';
import type { WireResponse } from '../../protocol/types.js';
import { jsonResponse } from './json-response.js';
import { parseJsonObject } from './clock-route.js';

/** `GET /_kumo/state[?service=]` exports; `POST /_kumo/state` imports a document exported before. */
export async function stateRoute(runtime: KumoRuntime, method: string, query: URLSearchParams, body: Buffer): Promise<WireResponse> {
  if (method === 'GET') return jsonResponse(200, await runtime.store.exportState(query.get('service') ?? undefined));
  if (method !== 'POST') throw new AwsError('MethodNotAllowed', 'Use GET to export the state and POST to import it.', { status: 405 });
  const document = parseJsonObject(body);
  if (document.format !== 'kumo-state') throw new AwsError('InvalidState', 'The body is not a Kumo state export (format "kumo-state").');
  try {
    await runtime.store.importState(document as unknown as StateDocument);
  } catch (error) {
    // The store checks the document before it changes anything, and says what is wrong.
    if (error instanceof TypeError) throw new AwsError('InvalidState', error.message);
    throw error;
  }
  await runtime.resetServices(undefined);
  return jsonResponse(200, { imported: true });
}

/** `POST /_kumo/reset[?service=sqs]`: clears all state, or one service's. */
export async function resetRoute(runtime: KumoRuntime, query: URLSearchParams): Promise<WireResponse> {
  const service = query.get('service') ?? undefined;
  if (service && !runtime.services.has(service)) throw new AwsError('UnknownService', `Kumo has no service named ${service}.`, { status: 404 });
  runtime.store.reset(service);
  await runtime.resetServices(service);
  return jsonResponse(200, { reset: service ?? 'all' });
}
