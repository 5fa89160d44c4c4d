import type { OperationContext } from '../../define-service.js';
import { formatSequence } from '../../dynamodb/model/streams.js';
import { streamsTable, tablesTable } from '../../dynamodb/store.js';
import { validation } from '../errors.js';
import { trimStream } from '../model/read-stream-records.js';
import { checkStreamArn, findStream } from '../model/stream-address.js';

export interface DescribeStreamInput {
  StreamArn?: string;
  Limit?: number;
  ExclusiveStartShardId?: string;
}

/**
 * A stream and its shards. Kumo keeps one shard per stream (DynamoDB splits shards as a table
 * grows and rolls them over every few hours; one shard holds every record in order here).
 */
export function describeStream(input: DescribeStreamInput, ctx: OperationContext): Record<string, unknown> {
  const arn = checkStreamArn(input.StreamArn);
  const limit = input.Limit ?? 100;
  if (limit < 1 || limit > 100) {
    throw validation(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value ${limit < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'}`);
  }
  const now = ctx.clock.now();
  const stream = findStream(ctx.table(streamsTable), ctx, arn, now);
  const oldest = trimStream(ctx.store, { accountId: ctx.accountId, region: ctx.region }, stream, now);
  const closed = stream.disabledMs !== undefined;
  const shard = {
    ShardId: stream.shardId,
    SequenceNumberRange: {
      StartingSequenceNumber: formatSequence(oldest),
      ...(closed ? { EndingSequenceNumber: formatSequence(Math.max(stream.nextSeq - 1, oldest)) } : {}),
    },
  };
  const table = ctx.table(tablesTable).get(stream.tableName);
  return {
    StreamDescription: {
      StreamArn: stream.arn,
      StreamLabel: stream.label,
      StreamStatus: closed ? 'DISABLED' : 'ENABLED',
      StreamViewType: stream.viewType,
      CreationRequestDateTime: new Date(stream.createdMs),
      TableName: stream.tableName,
      KeySchema: table?.keySchema ?? stream.keySchema,
      // The one shard is listed unless the caller already paged past it.
      Shards: input.ExclusiveStartShardId === stream.shardId ? [] : [shard],
    },
  };
}
