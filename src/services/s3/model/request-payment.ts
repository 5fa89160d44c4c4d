import type { OperationHandler } from '../../define-service.js';
import { accessDenied } from '../errors.js';
import { bucketAtRequestStart } from './buckets.js';
import { discardBody } from './stage-body.js';

/**
 * Requester Pays buckets: requests from other accounts must carry `x-amz-request-payer:
 * requester` (anonymous ones never can), else 403 AccessDenied; those that do are answered
 * with `x-amz-request-charged: requester` (where the operation's output has the header). The
 * bucket owner pays for its own requests and needs neither.
 */
export function withRequestPayment<T extends Record<string, OperationHandler<never, unknown>>>(operations: T): T {
  const wrapped: Record<string, OperationHandler<Record<string, unknown>, unknown>> = {};
  for (const [name, handler] of Object.entries(operations)) {
    const run = handler as unknown as OperationHandler<Record<string, unknown>, unknown>;
    wrapped[name] = async (input, ctx) => {
      const bucketName = input.Bucket;
      const bucket = typeof bucketName === 'string' ? bucketAtRequestStart(ctx, bucketName) : undefined;
      if (bucket?.requestPayer !== 'Requester') return run(input, ctx);
      const anonymous = ctx.caller.accessKeyId === '';
      if (!anonymous && ctx.accountId === bucket.accountId) return run(input, ctx);
      if (anonymous || input.RequestPayer !== 'requester') {
        discardBody(input.Body);
        throw accessDenied();
      }
      const output = await run(input, ctx);
      if (output !== null && typeof output === 'object') (output as Record<string, unknown>).RequestCharged = 'requester';
      return output;
    };
  }
  return wrapped as unknown as T;
}
