import { validation } from '../errors.js';

/** Shard iterators are valid for 15 minutes on Kumo's clock. */
export const ITERATOR_LIFETIME_MS = 15 * 60 * 1000;

/** What an iterator remembers: the stream and shard, the sequence number to read after, and when it was issued. */
export interface ShardPosition {
  streamArn: string;
  shardId: string;
  after: number;
  issuedMs: number;
}

/** Iterators are opaque to clients; like DynamoDB's, they start with the stream ARN. */
export function encodeIterator(p: ShardPosition): string {
  const body = Buffer.from(JSON.stringify([p.shardId, p.after, p.issuedMs])).toString('base64');
  return `${p.streamArn}|1|${body}`;
}

export function decodeIterator(iterator: string | undefined): ShardPosition {
  if (iterator === undefined) throw validation("1 validation error detected: Value null at 'shardIterator' failed to satisfy constraint: Member must not be null");
  const cut = iterator.lastIndexOf('|1|');
  if (cut > 0) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(iterator.slice(cut + 3), 'base64').toString('utf8'));
      if (Array.isArray(parsed) && typeof parsed[0] === 'string' && Number.isSafeInteger(parsed[1]) && Number.isSafeInteger(parsed[2])) {
        return { streamArn: iterator.slice(0, cut), shardId: parsed[0], after: parsed[1] as number, issuedMs: parsed[2] as number };
      }
    } catch {
      // falls through to the error below
    }
  }
  throw validation('Invalid ShardIterator');
}
