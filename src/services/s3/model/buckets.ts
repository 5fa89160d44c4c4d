import { createHash } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { noSuchBucket } from '../errors.js';
import { bucketsTable, type BucketRow } from '../store.js';

const NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/** AWS's general-purpose bucket naming rules. */
export function isValidBucketName(name: string): boolean {
  if (!NAME.test(name) || name.includes('..') || IP_ADDRESS.test(name)) return false;
  if (name.includes('.-') || name.includes('-.')) return false;
  if (RESERVED_PREFIXES.some((p) => name.startsWith(p)) || RESERVED_SUFFIXES.some((s) => name.endsWith(s))) return false;
  return true;
}

export function requireBucket(ctx: OperationContext, name: string): BucketRow {
  const bucket = ctx.table(bucketsTable).get(name);
  if (!bucket) throw noSuchBucket(name);
  return bucket;
}

/** S3's canonical user id for an account: 64 hex digits, stable per account. */
export function canonicalId(accountId: string): string {
  return createHash('sha256').update(`kumo-s3-owner:${accountId}`).digest('hex');
}

export function ownerOf(accountId: string): { ID: string; DisplayName: string } {
  return { ID: canonicalId(accountId), DisplayName: accountId === '000000000000' ? 'webfile' : accountId };
}

const bucketsSeenByRequest = new WeakMap<OperationContext, Map<string, BucketRow | undefined>>();

/**
 * The bucket as this request first saw it, read once however many of the wrappers around
 * every operation (request payment, access logging) ask. Operations read the bucket
 * themselves, again inside their transactions, where the current row matters.
 */
export function bucketAtRequestStart(ctx: OperationContext, name: string): BucketRow | undefined {
  let seen = bucketsSeenByRequest.get(ctx);
  if (!seen) bucketsSeenByRequest.set(ctx, (seen = new Map()));
  if (!seen.has(name)) seen.set(name, ctx.table(bucketsTable).get(name));
  return seen.get(name);
}

/** `requireBucket` through the request's first read: for checks made before any write. */
export function requireBucketAtRequestStart(ctx: OperationContext, name: string): BucketRow {
  const bucket = bucketAtRequestStart(ctx, name);
  if (!bucket) throw noSuchBucket(name);
  return bucket;
}
