import type { OperationContext } from '../../define-service.js';
import { accessDenied, invalidArgument, malformedXml } from '../errors.js';
import { lockedVersion } from '../model/locked-version.js';
import { LOCK_MODES } from '../model/object-lock.js';
import { rewriteVersion } from '../model/rewrite-version.js';
import type { ObjectRow } from '../store.js';

export interface PutObjectRetentionInput {
  Bucket: string;
  Key: string;
  VersionId?: string;
  Retention?: { Mode?: string; RetainUntilDate?: Date };
  BypassGovernanceRetention?: boolean;
}

/**
 * Sets a version's retention. Protection may always grow; COMPLIANCE can never shrink or go
 * before it expires, GOVERNANCE only with x-amz-bypass-governance-retention.
 */
export function putObjectRetention(input: PutObjectRetentionInput, ctx: OperationContext): Record<string, never> {
  const { bucket, row } = lockedVersion(ctx, input, 'PUT');
  const now = ctx.clock.now();
  const mode = input.Retention?.Mode;
  const until = input.Retention?.RetainUntilDate;
  let next: ObjectRow['retention'];
  if (mode !== undefined || until !== undefined) {
    if (mode === undefined || until === undefined || !LOCK_MODES.has(mode)) throw malformedXml();
    if (until.getTime() <= now) throw invalidArgument('The retain until date must be in the future!', 'RetainUntilDate', until.toISOString());
    next = { mode: mode as 'GOVERNANCE' | 'COMPLIANCE', untilMs: until.getTime() };
  }
  const current = row.retention;
  if (current && current.untilMs > now) {
    const weaker = next === undefined || next.untilMs < current.untilMs || (current.mode === 'COMPLIANCE' && next.mode !== 'COMPLIANCE');
    if (weaker && (current.mode === 'COMPLIANCE' || !input.BypassGovernanceRetention)) throw accessDenied();
  }
  const { retention: _old, ...rest } = row;
  ctx.store.transaction(() => rewriteVersion(ctx, bucket, next ? { ...rest, retention: next } : rest));
  return {};
}
