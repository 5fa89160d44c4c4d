import type { OperationContext } from '../../define-service.js';
import { invalidArgument } from '../errors.js';
import { encodeIterator } from '../model/shard-iterator.js';
import { formatSequence, parseSequence } from '../model/sequence.js';
import { findShard, findStream, type StreamAddress } from '../model/stream-lookup.js';
import { Violations } from '../model/violations.js';
import { recordsTable, type ShardRow, type StreamRow } from '../store.js';

export interface GetShardIteratorInput extends StreamAddress {
  ShardId?: string;
  ShardIteratorType?: string;
  StartingSequenceNumber?: string;
  Timestamp?: Date;
}

const TYPES = ['AT_SEQUENCE_NUMBER', 'AFTER_SEQUENCE_NUMBER', 'TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'];

export function getShardIterator(input: GetShardIteratorInput, ctx: OperationContext): { ShardIterator: string } {
  const v = new Violations();
  v.required(input.ShardId, 'shardId');
  v.length(input.ShardId, 'shardId', 1, 128);
  v.required(input.ShardIteratorType, 'shardIteratorType');
  v.oneOf(input.ShardIteratorType, 'shardIteratorType', TYPES);
  v.pattern(input.StartingSequenceNumber, 'startingSequenceNumber', /^(0|[1-9]\d{0,128})$/, '0|([1-9]\\d{0,128})');
  v.throwIfAny();
  const { stream } = findStream(ctx, input);
  const shard = findShard(ctx, stream, input.ShardId!);
  const now = ctx.clock.now();
  const from = startCounter(ctx, stream, shard, input, now);
  return { ShardIterator: encodeIterator({ stream: stream.name, id: stream.id, shard: shard.index, from, issued: now }) };
}

/** The counter of the first record the iterator may return. */
function startCounter(ctx: OperationContext, stream: StreamRow, shard: ShardRow, input: GetShardIteratorInput, now: number): number {
  const type = input.ShardIteratorType!;
  if (type === 'TRIM_HORIZON') return 0;
  if (type === 'LATEST') return shard.closedMs === undefined ? stream.nextSeq : parseSequence(shard.endSeq!)!.counter + 1;
  if (type === 'AT_TIMESTAMP') {
    if (input.Timestamp === undefined) {
      throw invalidArgument('Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.');
    }
    const at = input.Timestamp.getTime();
    if (at > now) {
      throw invalidArgument(`The timestampInMillis parameter cannot be greater than the currentTimestampInMillis. timestampInMillis: ${at}, currentTimestampInMillis: ${now}`);
    }
    // Arrival times grow with sequence numbers, so the first record at or after the time starts the read.
    const prefix = `${stream.name}/`;
    for (const row of ctx.table(recordsTable).list({ start: prefix + formatSequence(shard.index, 0), end: prefix + formatSequence(shard.index + 1, 0) })) {
      if (row.value.t >= at) return parseSequence(row.key.slice(prefix.length))!.counter;
    }
    return stream.nextSeq;
  }
  if (input.StartingSequenceNumber === undefined) throw invalidArgument(`Must specify a StartingSequenceNumber for iterator type ${type}.`);
  const parsed = parseSequence(input.StartingSequenceNumber);
  if (!parsed) {
    throw invalidArgument(
      `StartingSequenceNumber ${input.StartingSequenceNumber} used in GetShardIterator on shard ${shard.id} in stream ${stream.name} under account ${ctx.accountId} is invalid.`,
    );
  }
  if (parsed.shardIndex !== shard.index) {
    const encoded = `shardId-${String(parsed.shardIndex).padStart(12, '0')}`;
    throw invalidArgument(`Invalid StartingSequenceNumber. It encodes ${encoded}, while it was used in a call to a shard with ${shard.id}`);
  }
  return type === 'AT_SEQUENCE_NUMBER' ? parsed.counter : parsed.counter + 1;
}
