import { constraintViolation, invalidNextToken } from '../errors.js';

/** NextToken: the last key of the page, opaque to clients. */
export function encodeToken(key: string): string {
  return Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64');
}

export function decodeToken(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { k?: unknown };
    if (typeof parsed.k === 'string') return parsed.k;
  } catch {
    // fall through
  }
  throw invalidNextToken();
}

/** Limit is 1..100 in AWS's model; absent means AWS's page size (100). */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return 100;
  if (limit < 1) throw constraintViolation(limit, 'limit', 'Member must have value greater than or equal to 1');
  if (limit > 100) throw constraintViolation(limit, 'limit', 'Member must have value less than or equal to 100');
  return limit;
}
