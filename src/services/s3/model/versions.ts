import { randomBytes } from 'node:crypto';

let lastSeq = 0;
const MAX_SEQ = 9_999_999_999_999_999;

/**
 * A key's versions sort newest first: the sort key counts down from a big number by a
 * sequence that follows the clock (microsecond slots, bumped for writes in the same slot).
 */
export function nextVersionSort(nowMs: number): string {
  const seq = Math.max(nowMs * 1000, lastSeq + 1);
  lastSeq = seq;
  return String(MAX_SEQ - seq).padStart(16, '0');
}

/** A version id in S3's alphabet (URL-safe, 32 characters). */
export function newVersionId(): string {
  return randomBytes(24).toString('base64url');
}

export const NULL_VERSION = 'null';
