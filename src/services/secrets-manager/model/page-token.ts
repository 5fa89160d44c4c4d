import { invalidNextToken } from '../errors.js';

export function encodeToken(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeToken<T>(token: string | undefined, check: (v: unknown) => v is T): T | undefined {
  if (token === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // fall through
  }
  throw invalidNextToken();
}

export const isOffset = (v: unknown): v is { o: number } => typeof v === 'object' && v !== null && typeof (v as { o?: unknown }).o === 'number';
