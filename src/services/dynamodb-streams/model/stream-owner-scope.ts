import type { OperationContext, OperationHandler } from '../../define-service.js';

const STREAM_ARN = /^arn:aws[a-z-]*:dynamodb:([a-z0-9-]+):(\d{12}):table\/[^/]+\/stream\//;

/**
 * A stream of another account (or region) is read in its owner's scope: with a resource-based
 * policy on the stream, DynamoDB Streams serves DescribeStream, GetShardIterator and GetRecords
 * across accounts. The authorize step has evaluated the stream's policy against its ARN (the
 * StreamArn, or the ARN a shard iterator starts with) before this runs.
 */
export function acceptStreamOwner<I extends { StreamArn?: string; ShardIterator?: string }, O>(handler: OperationHandler<I, O>): OperationHandler<I, O> {
  return (input, ctx) => {
    const match = STREAM_ARN.exec(input.StreamArn ?? input.ShardIterator ?? '');
    if (!match || (match[1] === ctx.region && match[2] === ctx.accountId)) return handler(input, ctx);
    const scope = { accountId: match[2]!, region: match[1]! };
    const scoped: OperationContext = { ...ctx, ...scope, table: (definition) => ctx.store.table(definition, scope) };
    return handler(input, scoped);
  };
}
