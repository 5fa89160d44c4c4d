import { createHash } from 'node:crypto';
import { invalidArgument } from '../errors.js';
import type { ShardRow } from '../store.js';

/** Hash keys are 128-bit: a partition key's MD5, read as an unsigned integer. */
export const MAX_HASH_KEY = (1n << 128n) - 1n;

export function partitionKeyHash(partitionKey: string): bigint {
  return BigInt(`0x${createHash('md5').update(partitionKey, 'utf8').digest('hex')}`);
}

/** An ExplicitHashKey: a decimal integer in [0, 2^128 - 1]. */
export function explicitHashKey(value: string): bigint {
  if (!/^\d+$/.test(value) || BigInt(value) > MAX_HASH_KEY) {
    throw invalidArgument(`Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was ${value}`);
  }
  return BigInt(value);
}

/**
 * The hash key space cut into `count` ranges as AWS cuts it: each range is floor(2^128 / count)
 * wide and the last one runs to the top, so ranges start at multiples of that width.
 */
export function evenRanges(count: number, start = 0n, end = MAX_HASH_KEY): Array<[string, string]> {
  const width = (end - start + 1n) / BigInt(count);
  const ranges: Array<[string, string]> = [];
  for (let i = 0; i < count; i++) {
    const from = start + width * BigInt(i);
    const to = i === count - 1 ? end : start + width * BigInt(i + 1) - 1n;
    ranges.push([from.toString(), to.toString()]);
  }
  return ranges;
}

/** The open shard whose range holds the hash key (open shards always cover the whole space). */
export function shardForHash(shards: readonly ShardRow[], hash: bigint): ShardRow {
  const shard = shards.find((s) => s.closedMs === undefined && BigInt(s.hashStart) <= hash && hash <= BigInt(s.hashEnd));
  if (!shard) throw new Error('open shards do not cover the hash key space');
  return shard;
}
