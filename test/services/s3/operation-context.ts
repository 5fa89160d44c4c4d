import type { OperationContext } from '../../../src/services/define-service.js';
import type { Clock } from '../../../src/engine/types.js';
import type { InternalClient } from '../../../src/internal-client/types.js';
import { openStore } from '../../../src/store/open-store.js';
import { bucketsTable } from '../../../src/services/s3/store.js';

/**
 * An operation context over an in-memory store, for operations no HTTP request reaches (the
 * deprecated ones, which share their request with the current operation). Calls to other
 * services answer `{}`.
 */
export function s3OperationContext(operation: string, buckets: string[]): OperationContext {
  const store = openStore({ inMemory: true });
  const scope = { accountId: '000000000000', region: 'us-east-1' };
  const clock = { now: () => Date.UTC(2025, 0, 1) } as unknown as Clock;
  const aws = { call: async () => ({}) } as unknown as InternalClient;
  const ctx: OperationContext = {
    service: 's3',
    operation,
    ...scope,
    requestId: 'test',
    caller: { accessKeyId: 'test', accountId: scope.accountId, arn: 'arn:aws:iam::000000000000:root', userId: scope.accountId },
    clock,
    aws,
    table: (definition) => store.table(definition, scope),
    store,
    endpoint: 'http://127.0.0.1:4566',
    sourceIp: '127.0.0.1',
  };
  for (const name of buckets) ctx.table(bucketsTable).put(name, { name, accountId: scope.accountId, region: scope.region, createdMs: clock.now() });
  return ctx;
}
