import type { WireRequest } from '../types.js';

/** A percent sign not followed by two hex digits: a syntax error in a query string. */
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

/**
 * The form parameters of a query or ec2 request: the query string, then the
 * x-www-form-urlencoded body (clients send POST bodies; GET works for hand-made URLs).
 * Decoding is lenient here so routing never fails; `malformedFormReason` is the strict check.
 */
export function formParams(req: WireRequest): Array<[string, string]> {
  const cached = cache.get(req);
  if (cached) return cached;
  const params = [...new URLSearchParams(req.rawQuery)];
  const body = formBody(req);
  if (body !== undefined) params.push(...new URLSearchParams(body));
  cache.set(req, params);
  return params;
}

const cache = new WeakMap<WireRequest, Array<[string, string]>>();

/** Why the request's form text is not a valid query string, or undefined when it is. */
export function malformedFormReason(req: WireRequest): string | undefined {
  for (const text of [req.rawQuery, formBody(req) ?? '']) {
    const match = BAD_ESCAPE.exec(text);
    if (match) return `Invalid escape sequence at position ${match.index}`;
    // URLSearchParams swaps invalid UTF-8 for U+FFFD silently; AWS rejects it.
    for (const pair of text.split('&')) {
      try {
        decodeURIComponent(pair.replace(/\+/g, ' '));
      } catch {
        return `Invalid UTF-8 in '${pair.slice(0, 64)}'`;
      }
    }
  }
  return undefined;
}

function formBody(req: WireRequest): string | undefined {
  if (req.body.length === 0) return undefined;
  const contentType = (req.headers['content-type'] ?? '').toLowerCase();
  if (contentType !== '' && !contentType.includes('application/x-www-form-urlencoded')) return undefined;
  return req.body.toString('utf8');
}
