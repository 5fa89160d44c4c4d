import type { OperationContext } from '../../define-service.js';
import { expiredIterator, validation } from '../errors.js';
import { readStreamRecords } from '../model/read-stream-records.js';
import { decodeIterator, encodeIterator, ITERATOR_LIFETIME_MS } from '../model/shard-iterator.js';

export interface GetRecordsInput {
  ShardIterator?: string;
  Limit?: number;
}

/**
 * Records after the iterator's position (up to Limit, at most 1000 and 1 MB) and the iterator
 * for the next call, absent once a disabled stream's shard has been read to its end.
 */
export function getRecords(input: GetRecordsInput, ctx: OperationContext): Record<string, unknown> {
  const limit = input.Limit ?? 1000;
  if (limit < 1 || limit > 1000) {
    throw validation(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value ${limit < 1 ? 'greater than or equal to 1' : 'less than or equal to 1000'}`);
  }
  const position = decodeIterator(input.ShardIterator);
  const now = ctx.clock.now();
  if (now - position.issuedMs > ITERATOR_LIFETIME_MS) throw expiredIterator(position.issuedMs, now, ITERATOR_LIFETIME_MS);
  const result = readStreamRecords(ctx.store, { accountId: ctx.accountId, region: ctx.region }, position.streamArn, { after: position.after, limit, nowMs: now });
  return {
    Records: result.records,
    ...(result.closed ? {} : { NextShardIterator: encodeIterator({ ...position, after: result.after, issuedMs: now }) }),
  };
}
