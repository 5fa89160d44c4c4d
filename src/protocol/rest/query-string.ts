import { safeDecode } from './uri-template.js';

/** One decoded query parameter; `hasValue` is false for a bare key (`?uploads`). */
export interface QueryParam {
  key: string;
  value: string;
  hasValue: boolean;
}

/**
 * Splits a raw query string into decoded parameters in order. "+" reads as a space, as
 * AWS's front ends read form-encoded queries (SDKs send "%2B" for a literal plus).
 */
export function parseQueryString(rawQuery: string): QueryParam[] {
  const params: QueryParam[] = [];
  for (const part of rawQuery.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    params.push({
      key: safeDecode(rawKey.replace(/\+/g, ' ')),
      value: safeDecode(rawValue.replace(/\+/g, ' ')),
      hasValue: eq !== -1,
    });
  }
  return params;
}
