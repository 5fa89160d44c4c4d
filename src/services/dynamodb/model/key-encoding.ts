import type { AttributeValue } from './attribute-value.js';
import { decimalOf, typeOf } from './attribute-value.js';
import { encodeDecimalOrdered } from './number.js';

/*
 * Store keys for items and index entries. A key component is an order-preserving body
 * followed by TERMINATOR (U+0001), which sorts below every character a body can contain:
 * strings keep their characters (the store orders by code point, which is UTF-8 byte order,
 * DynamoDB's string order) with U+0000..U+0002 escaped as U+0002 and a digit; binary is
 * lowercase hex (byte order); numbers use encodeDecimalOrdered. So all items of one
 * partition are one contiguous key range, ordered by sort key, and a key condition is a range.
 */
const TERMINATOR = '\u0001';
const AFTER_TERMINATOR = '\u0002';

function escapeString(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0002]/g, (c) => `\u0002${c.charCodeAt(0)}`);
}

/** The order-preserving body of a key value (no terminator). */
export function keyBody(value: AttributeValue): string {
  if ('S' in value) return escapeString(value.S);
  if ('N' in value) return encodeDecimalOrdered(decimalOf(value));
  if ('B' in value) return Buffer.from(value.B, 'base64').toString('hex');
  throw new Error(`not a key type: ${typeOf(value)}`);
}

export function keyComponent(value: AttributeValue): string {
  return keyBody(value) + TERMINATOR;
}

/** The body of a begins_with prefix: matching keys start with it. */
export function prefixBody(value: AttributeValue): string {
  return keyBody(value);
}

/**
 * A partition's bucket: FNV-1a of its encoded key, mixed, as eight hex digits. Keys start with it,
 * so Scan walks partitions in hash order as DynamoDB does and a parallel scan segment is a
 * contiguous bucket range.
 */
export function partitionBucket(partitionBody: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < partitionBody.length; i++) {
    h ^= partitionBody.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // FNV's top bits vary little between similar keys; murmur3's finalizer spreads them.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function partitionPrefix(partitionValue: AttributeValue): string {
  const body = keyBody(partitionValue);
  return partitionBucket(body) + body + TERMINATOR;
}

/** Bounds for a sort-key comparison inside a partition prefix (start inclusive, end exclusive). */
export interface SortRange {
  start?: string;
  end?: string;
  prefix?: string;
}

export function sortKeyRange(prefix: string, op: '=' | '<' | '<=' | '>' | '>=' | 'BETWEEN' | 'begins_with', a: AttributeValue, b?: AttributeValue): SortRange {
  const body = keyBody(a);
  switch (op) {
    case '=':
      return { start: prefix + body + TERMINATOR, end: prefix + body + AFTER_TERMINATOR };
    case '<':
      return { start: prefix, end: prefix + body + TERMINATOR };
    case '<=':
      return { start: prefix, end: prefix + body + AFTER_TERMINATOR };
    case '>':
      return { start: prefix + body + AFTER_TERMINATOR, prefix };
    case '>=':
      return { start: prefix + body + TERMINATOR, prefix };
    case 'BETWEEN':
      return { start: prefix + body + TERMINATOR, end: prefix + keyBody(b!) + AFTER_TERMINATOR };
    case 'begins_with':
      return { prefix: prefix + prefixBody(a) };
  }
}

/** The first bucket of segment `segment` of `total` (parallel scan), as a key prefix bound. */
export function segmentStart(segment: number, total: number): string {
  const bucket = Math.ceil((segment * 0x100000000) / total);
  return bucket >= 0x100000000 ? '~' : bucket.toString(16).padStart(8, '0');
}
