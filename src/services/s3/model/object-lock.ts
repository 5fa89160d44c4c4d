import { AwsError } from '../../../shared/aws-error.js';
import { accessDenied, invalidArgument, invalidRequest } from '../errors.js';
import type { BucketRow, ObjectRow } from '../store.js';
import { DAY_MS } from './restore.js';

export interface LockInput {
  ObjectLockMode?: string;
  ObjectLockRetainUntilDate?: Date;
  ObjectLockLegalHoldStatus?: string;
}

export const LOCK_MODES = new Set(['GOVERNANCE', 'COMPLIANCE']);

export const missingLockConfiguration = () => invalidRequest('Bucket is missing Object Lock Configuration');

/**
 * The retention and legal hold a new version gets: the request's headers, else the bucket's
 * default retention counted from now.
 */
export function lockFieldsForWrite(bucket: BucketRow, input: LockInput, nowMs: number): Pick<ObjectRow, 'retention' | 'legalHold'> {
  const { ObjectLockMode: mode, ObjectLockRetainUntilDate: until, ObjectLockLegalHoldStatus: hold } = input;
  if ((mode !== undefined || until !== undefined || hold !== undefined) && !bucket.objectLockEnabled) throw missingLockConfiguration();
  const out: Pick<ObjectRow, 'retention' | 'legalHold'> = {};
  if (hold !== undefined) {
    if (hold !== 'ON' && hold !== 'OFF') throw invalidArgument('Legal Hold must be either of \'ON\' or \'OFF\'', 'x-amz-object-lock-legal-hold', hold);
    out.legalHold = hold === 'ON';
  }
  if (mode !== undefined || until !== undefined) {
    if (mode === undefined || until === undefined) {
      throw invalidArgument('x-amz-object-lock-retain-until-date and x-amz-object-lock-mode must both be supplied', 'x-amz-object-lock-retain-until-date', until?.toISOString() ?? '');
    }
    if (!LOCK_MODES.has(mode)) throw invalidArgument('Unknown wormMode directive.', 'x-amz-object-lock-mode', mode);
    if (until.getTime() <= nowMs) throw invalidArgument('The retain until date must be in the future!', 'x-amz-object-lock-retain-until-date', until.toISOString());
    out.retention = { mode: mode as 'GOVERNANCE' | 'COMPLIANCE', untilMs: until.getTime() };
  } else if (bucket.objectLockEnabled && bucket.objectLockRule) {
    const rule = bucket.objectLockRule;
    const days = rule.days ?? (rule.years ?? 0) * 365;
    out.retention = { mode: rule.mode, untilMs: nowMs + days * DAY_MS };
  }
  return out;
}

/** A version under legal hold or unexpired retention cannot be deleted (GOVERNANCE yields to the bypass header). */
export function checkVersionDeletable(row: ObjectRow, bypassGovernance: boolean | undefined, nowMs: number): void {
  if (row.legalHold) throw accessDenied();
  const retention = row.retention;
  if (!retention || retention.untilMs <= nowMs) return;
  if (retention.mode === 'GOVERNANCE' && bypassGovernance) return;
  throw accessDenied();
}

/** Whether a version may be dropped by lifecycle (which never bypasses a lock). */
export function isLocked(row: ObjectRow, nowMs: number): boolean {
  return Boolean(row.legalHold) || (row.retention !== undefined && row.retention.untilMs > nowMs);
}

/** The object lock headers GET and HEAD answer with. */
export function lockHeaders(row: ObjectRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (row.retention) {
    out.ObjectLockMode = row.retention.mode;
    out.ObjectLockRetainUntilDate = new Date(row.retention.untilMs);
  }
  if (row.legalHold !== undefined) out.ObjectLockLegalHoldStatus = row.legalHold ? 'ON' : 'OFF';
  return out;
}

export const noObjectLockConfiguration = () =>
  new AwsError('NoSuchObjectLockConfiguration', 'The specified object does not have a ObjectLock configuration', { status: 404 });
