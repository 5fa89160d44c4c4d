import { invalidArgument } from '../errors.js';

/** Continuation tokens are opaque to clients: the position to resume after, base64url-wrapped. */
export function encodeToken(position: string): string {
  return Buffer.from(`k1:${position}`, 'utf8').toString('base64url');
}

export function decodeToken(token: string, argumentName: string): string {
  const text = Buffer.from(token, 'base64url').toString('utf8');
  if (!text.startsWith('k1:')) throw invalidArgument('The continuation token provided is incorrect', argumentName, token);
  return text.slice(3);
}
