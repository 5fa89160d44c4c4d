import { expiredIterator, invalidArgument } from '../errors.js';

/** Iterators expire five minutes after they are issued (Kumo's clock), as AWS's do. */
export const ITERATOR_LIFETIME_MS = 300_000;

/** What an iterator remembers: the stream (by name and id), the shard, and the first counter to read. */
export interface IteratorPosition {
  stream: string;
  id: string;
  shard: number;
  from: number;
  issued: number;
}

/** Opaque to clients: base64 of a small JSON array, like AWS's long base64 strings. */
export function encodeIterator(p: IteratorPosition): string {
  return Buffer.from(JSON.stringify(['k1', p.stream, p.id, p.shard, p.from, p.issued])).toString('base64');
}

export function decodeIterator(text: string): IteratorPosition {
  try {
    const raw: unknown = JSON.parse(Buffer.from(text, 'base64').toString('utf8'));
    if (Array.isArray(raw) && raw[0] === 'k1' && typeof raw[1] === 'string' && typeof raw[2] === 'string' && raw.slice(3).every((n) => Number.isSafeInteger(n))) {
      const [, stream, id, shard, from, issued] = raw as [string, string, string, number, number, number];
      return { stream, id, shard, from, issued };
    }
  } catch {
    // reported below
  }
  throw invalidArgument('Invalid ShardIterator.');
}

/** Java's Date#toString, which AWS's expiry message prints. */
function javaDate(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

export function checkNotExpired(p: IteratorPosition, nowMs: number): void {
  if (nowMs - p.issued > ITERATOR_LIFETIME_MS) {
    throw expiredIterator(
      `Iterator expired. The iterator was created at time ${javaDate(p.issued)} while right now it is ${javaDate(nowMs)} which is further in the future than the tolerated delay of ${ITERATOR_LIFETIME_MS} milliseconds.`,
    );
  }
}
