import { AwsError } from '../shared/aws-error.js';
import type { ServiceDefinition, OperationContext, Caller } from '../services/define-service.js';
import type { Clock } from '../engine/types.js';
import type { Store } from '../store/types.js';
import type { InternalClient } from './types.js';
import { randomUUID } from 'node:crypto';

interface InternalClientDeps {
  services: ReadonlyMap<string, ServiceDefinition>;
  store: Store;
  clock: Clock;
  endpoint: () => string;
}

/**
 * Calls another service's operation in a given account and region, as that account's root,
 * through the same operation map external requests use (so a missing one fails the same way).
 */
export function createInternalClient(deps: InternalClientDeps): InternalClient {
  const client: InternalClient = {
    async call<O>(service: string, operation: string, input: Record<string, unknown>, options: { accountId: string; region: string }): Promise<O> {
      const handler = deps.services.get(service)?.operations[operation];
      if (!handler) throw new AwsError('NotImplemented', `Kumo does not implement ${service} ${operation} yet.`, { status: 501, senderFault: false });
      // The account's root, as a twelve-digit key id is on the wire; an empty key would be
      // an anonymous caller, which services (S3) rightly refuse.
      const caller: Caller = { accessKeyId: options.accountId, accountId: options.accountId, arn: `arn:aws:iam::${options.accountId}:root`, userId: options.accountId };
      const scope = { accountId: options.accountId, region: options.region };
      const ctx: OperationContext = {
        service,
        operation,
        accountId: options.accountId,
        region: options.region,
        requestId: randomUUID(),
        caller,
        clock: deps.clock,
        aws: client,
        store: deps.store,
        table: (definition) => deps.store.table(definition, scope),
        endpoint: deps.endpoint(),
        sourceIp: '127.0.0.1',
      };
      return (await handler(input, ctx)) as O;
    },
  };
  return client;
}
