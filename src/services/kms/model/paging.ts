import type { ScopedTable } from '../../../store/types.js';
import { constraint, invalidMarker } from '../errors.js';

export function pageLimit(limit: number | undefined, max = 1000, fallback = 100): number {
  if (limit === undefined) return fallback;
  if (limit < 1) throw constraint(limit, 'limit', 'Member must have value greater than or equal to 1');
  if (limit > max) throw constraint(limit, 'limit', `Member must have value less than or equal to ${max}`);
  return limit;
}

export function decodeMarker(marker: string | undefined): string | undefined {
  if (marker === undefined) return undefined;
  const text = Buffer.from(marker, 'base64url').toString('utf8');
  if (!text.startsWith('k:')) throw invalidMarker();
  return text.slice(2);
}

export function encodeMarker(key: string): string {
  return Buffer.from(`k:${key}`).toString('base64url');
}

/** A page of items (already filtered and in order) with KMS's NextMarker/Truncated. */
export function pageOf<T>(items: Array<{ key: string; item: T }>, limit: number): { page: T[]; NextMarker?: string; Truncated: boolean } {
  const page = items.slice(0, limit);
  const truncated = items.length > limit;
  return { page: page.map((p) => p.item), Truncated: truncated, ...(truncated ? { NextMarker: encodeMarker(page[page.length - 1].key) } : {}) };
}

/** Rows after the marker, filtered, enough for one page plus one. */
export function scan<R, T>(table: ScopedTable<R>, options: { prefix?: string; marker?: string; limit: number }, map: (key: string, row: R) => T | undefined): Array<{ key: string; item: T }> {
  const found: Array<{ key: string; item: T }> = [];
  let after = decodeMarker(options.marker);
  for (;;) {
    const rows = table.list({ prefix: options.prefix, after, limit: 500 });
    for (const { key, value } of rows) {
      const item = map(key, value);
      if (item !== undefined) found.push({ key, item });
      if (found.length > options.limit) return found;
    }
    if (rows.length < 500) return found;
    after = rows[rows.length - 1].key;
  }
}
