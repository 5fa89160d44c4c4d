import type { ListOptions } from './types.js';

/** The part of a key space a list, count or range delete covers. */
export interface KeyRange {
  lower?: { key: string; inclusive: boolean };
  /** Exclusive. */
  upper?: string;
}

/**
 * Orders keys by Unicode code point, which is how SQLite's BINARY collation orders UTF-8 text
 * (and how DynamoDB orders string sort keys). Plain `<` on JS strings compares UTF-16 code
 * units, which puts astral characters (surrogates) before U+E000..U+FFFF; this corrects that.
 */
export function compareKeys(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/** The smallest key greater than every key starting with prefix, or undefined if none is. */
export function prefixEnd(prefix: string): string | undefined {
  const points = Array.from(prefix);
  while (points.length > 0) {
    const last = points.pop()!.codePointAt(0)!;
    if (last === 0x10ffff) continue;
    const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
    return points.join('') + String.fromCodePoint(next);
  }
  return undefined;
}

/**
 * Folds prefix, after, start and end into one lower and one upper bound, so SQLite gets a
 * single index range to scan instead of several overlapping constraints.
 */
export function keyRange(options: Pick<ListOptions, 'prefix' | 'after' | 'start' | 'end' | 'reverse'> = {}): KeyRange {
  const range: KeyRange = {};
  const raise = (key: string, inclusive: boolean): void => {
    const current = range.lower;
    const order = current === undefined ? 1 : compareKeys(key, current.key);
    if (order > 0 || (order === 0 && !inclusive)) range.lower = { key, inclusive };
  };
  const cap = (key: string): void => {
    if (range.upper === undefined || compareKeys(key, range.upper) < 0) range.upper = key;
  };
  if (options.prefix) {
    raise(options.prefix, true);
    const end = prefixEnd(options.prefix);
    if (end !== undefined) cap(end);
  }
  if (options.start !== undefined) raise(options.start, true);
  // `after` follows the listing order, so a descending page resumes below its last key.
  if (options.after !== undefined) {
    if (options.reverse) cap(options.after);
    else raise(options.after, false);
  }
  if (options.end !== undefined) cap(options.end);
  return range;
}
