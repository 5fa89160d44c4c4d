import { AwsError } from '../shared/aws-error.js';
import type { OperationContext } from '../services/define-service.js';
import type { Exchange } from '../server/exchange.js';
import type { KumoRuntime } from '../server/runtime.js';
import type { Handler } from './handler.js';
import { authorizeSigner } from './authorize-signer.js';

/**
 * Runs the operation's handler from the service's map. A modeled operation Kumo has no
 * handler for answers 501 naming it, so nothing is faked.
 */
export const dispatch: Handler = (exchange, runtime) => {
  const service = exchange.service!;
  const operation = exchange.operation!;
  const definition = runtime.services.get(service.name);
  const handler = definition?.operations[operation.name];
  if (!handler) {
    throw new AwsError(
      'NotImplemented',
      `Kumo does not implement ${service.serviceId} ${operation.name} yet` +
        (definition ? '' : ` (the ${service.name} service is not available)`) +
        '; docs/coverage.md lists what is implemented.',
      { status: 501, senderFault: false },
    );
  }
  const result = handler(exchange.input ?? {}, operationContext(exchange, runtime));
  // Synchronous operations (most data-plane calls) skip the promise.
  if (result instanceof Promise) return result.then((output) => setOutput(exchange, output));
  setOutput(exchange, result);
};

function setOutput(exchange: Exchange, output: unknown): void {
  exchange.output = (output ?? {}) as Record<string, unknown>;
}

export function operationContext(exchange: Exchange, runtime: KumoRuntime): OperationContext {
  const scope = { accountId: exchange.accountId, region: exchange.region };
  return {
    service: exchange.service!.name,
    operation: exchange.operation!.name,
    accountId: exchange.accountId,
    region: exchange.region,
    requestId: exchange.requestId,
    caller: exchange.caller!,
    clock: runtime.clock,
    aws: runtime.aws,
    store: runtime.store,
    table: (definition) => runtime.store.table(definition, scope),
    endpoint: exchange.endpoint,
    sourceIp: exchange.req.socket.remoteAddress ?? '127.0.0.1',
    requestTrailers: () => exchange.trailers ?? {},
    authorizeSigner: (proof, operation, input) => authorizeSigner(exchange, runtime, proof, operation, input),
  };
}
