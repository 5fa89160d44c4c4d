import type { OperationContext } from '../../define-service.js';
import { streamsTable } from '../../dynamodb/store.js';
import { shardNotFound, trimmedDataAccess, validation } from '../errors.js';
import { trimStream } from '../model/read-stream-records.js';
import { encodeIterator } from '../model/shard-iterator.js';
import { checkStreamArn, findStream } from '../model/stream-address.js';

export interface GetShardIteratorInput {
  StreamArn?: string;
  ShardId?: string;
  ShardIteratorType?: string;
  SequenceNumber?: string;
}

const TYPES = ['TRIM_HORIZON', 'LATEST', 'AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER'];

/** An iterator at the oldest kept record, after the newest, at or after a sequence number; valid 15 minutes. */
export function getShardIterator(input: GetShardIteratorInput, ctx: OperationContext): { ShardIterator: string } {
  const arn = checkStreamArn(input.StreamArn);
  const type = input.ShardIteratorType;
  if (type === undefined || !TYPES.includes(type)) {
    throw validation(
      `1 validation error detected: Value ${type === undefined ? 'null' : `'${type}'`} at 'shardIteratorType' failed to satisfy constraint: ${type === undefined ? 'Member must not be null' : `Member must satisfy enum value set: [${TYPES.join(', ')}]`}`,
    );
  }
  const now = ctx.clock.now();
  const stream = findStream(ctx.table(streamsTable), ctx, arn, now);
  if (input.ShardId !== stream.shardId) throw shardNotFound(input.ShardId ?? '', arn);
  const oldest = trimStream(ctx.store, { accountId: ctx.accountId, region: ctx.region }, stream, now);
  let after: number;
  if (type === 'TRIM_HORIZON') after = oldest - 1;
  else if (type === 'LATEST') after = stream.nextSeq - 1;
  else {
    const text = input.SequenceNumber;
    if (text === undefined) throw validation(`Must specify SequenceNumber for ${type} ShardIteratorType`);
    if (!/^\d{21,40}$/.test(text)) throw validation(`Invalid SequenceNumber: ${text}`);
    const seq = Number(text);
    if (seq >= stream.nextSeq || seq < 1) throw validation(`Invalid SequenceNumber for ShardIteratorType ${type}: ${text} is not in shard ${stream.shardId}`);
    if (seq < oldest) throw trimmedDataAccess();
    after = type === 'AT_SEQUENCE_NUMBER' ? seq - 1 : seq;
  }
  return { ShardIterator: encodeIterator({ streamArn: arn, shardId: stream.shardId, after, issuedMs: now }) };
}
