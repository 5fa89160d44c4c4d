import type { ScopedTable } from '../../../store/types.js';
import type { ObjectRow } from '../store.js';

/** Past every key that starts with a given prefix (U+10FFFF sorts last in UTF-8). */
export const PAST_PREFIX = '\u{10FFFF}';
const SCAN_CHUNK = 1000;

export type ListEntry = { kind: 'object'; key: string; row: ObjectRow } | { kind: 'prefix'; prefix: string };

export interface KeyPage {
  entries: ListEntry[];
  truncated: boolean;
  /** Where the next page resumes (exclusive): the last key, or past the last common prefix. */
  resumeAfter?: string;
  /** The last key or common prefix returned (ListObjects' NextMarker). */
  last?: string;
}

/**
 * One page of a bucket's current objects in UTF-8 order, keys under `delimiter` rolled up into
 * common prefixes. Each group of keys under one common prefix is skipped with a single range
 * jump, so the cost follows the page size, not the bucket size.
 */
export function listKeys(
  table: ScopedTable<ObjectRow>,
  bucket: string,
  options: { prefix: string; delimiter?: string; after?: string; maxKeys: number },
): KeyPage {
  const base = `${bucket}/`;
  const { prefix, delimiter, maxKeys } = options;
  const entries: ListEntry[] = [];
  let after = options.after !== undefined && options.after !== '' ? base + options.after : undefined;
  let truncated = false;
  let last: string | undefined;
  let resumeAfter: string | undefined;
  scan: for (;;) {
    const rows = table.list({ prefix: base + prefix, after, limit: SCAN_CHUNK });
    for (const { key: fullKey, value } of rows) {
      const key = fullKey.slice(base.length);
      const cut = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
      if (cut >= 0) {
        const common = key.slice(0, cut + delimiter!.length);
        if (common === options.after) {
          // The previous page ended on this common prefix (a v1 NextMarker): skip its keys.
          after = base + common + PAST_PREFIX;
          continue scan;
        }
        if (entries.length === maxKeys) {
          truncated = true;
          break scan;
        }
        entries.push({ kind: 'prefix', prefix: common });
        last = common;
        resumeAfter = common + PAST_PREFIX;
        after = base + resumeAfter;
        continue scan;
      }
      if (entries.length === maxKeys) {
        truncated = true;
        break scan;
      }
      entries.push({ kind: 'object', key, row: value });
      last = key;
      resumeAfter = key;
      after = fullKey;
    }
    if (rows.length < SCAN_CHUNK) break;
  }
  return { entries, truncated, resumeAfter: truncated ? resumeAfter : undefined, last };
}

/** `encoding-type=url`: S3 percent-encodes like a form, keeping "/" readable. */
export function urlEncodeKey(text: string): string {
  return encodeURIComponent(text)
    .replace(/%2F/g, '/')
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
