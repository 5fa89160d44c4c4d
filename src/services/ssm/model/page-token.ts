import { invalidNextToken } from '../errors.js';

export function encodeAfter(name: string): string {
  return Buffer.from(JSON.stringify({ a: name })).toString('base64url');
}

export function decodeAfter(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && typeof (value as { a?: unknown }).a === 'string') return (value as { a: string }).a;
  } catch {
    // fall through
  }
  throw invalidNextToken();
}
