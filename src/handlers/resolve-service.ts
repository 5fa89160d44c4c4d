import { credentialScopeOf } from '../router/index.js';
import { AwsError } from '../shared/aws-error.js';
import { readBody } from '../server/read-body.js';
import type { Handler } from './handler.js';
import type { Exchange } from '../server/exchange.js';
import type { KumoRuntime } from '../server/runtime.js';

/**
 * Finds the service: signing name, X-Amz-Target, rpc-v2-cbor path, path rules, Host, and
 * last `Action=` (in the query string, or a form body, which is then buffered for parsing).
 */
export const resolveService: Handler = (exchange, runtime) => {
  exchange.scope = credentialScopeOf(exchange.headers, exchange.rawQuery);
  const resolution = runtime.resolver.resolve({
    method: exchange.method,
    path: exchange.path,
    rawQuery: exchange.rawQuery,
    headers: exchange.headers,
    hostname: exchange.hostname,
    scope: exchange.scope,
  });
  // Synchronous when the request names its service (signed requests, nearly all of them).
  if (resolution) exchange.service = resolution.entry;
  else return resolveByAction(exchange, runtime);
};

/** Unsigned query-protocol requests: the service is the one whose model has the `Action`. */
async function resolveByAction(exchange: Exchange, runtime: KumoRuntime): Promise<void> {
  let params = new URLSearchParams(exchange.rawQuery);
  if (!params.has('Action') && (exchange.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
    const { body } = await readBody(exchange.req, exchange.headers, runtime.config.maxBodyBytes, false);
    exchange.body = body;
    params = new URLSearchParams(body.toString('utf8'));
  }
  const action = params.get('Action');
  const resolution = action ? runtime.resolver.resolveByAction(action, params.get('Version') ?? undefined) : undefined;
  if (!resolution) {
    throw new AwsError(
      'UnrecognizedService',
      `Kumo could not tell which AWS service this request is for (${exchange.method} ${exchange.path}). ` +
        'Sign requests with SigV4, or use a service host name such as sqs.us-east-1.localhost.',
      { status: 400 },
    );
  }
  exchange.service = resolution.entry;
}
