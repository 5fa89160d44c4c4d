import type { OperationContext } from '../../define-service.js';
import { accessDenied } from '../errors.js';
import { callerCredential, checkDuration, issue } from '../sessions.js';

/** Temporary credentials for the calling user (or root) itself, typically for MFA-protected calls. */
export function getSessionToken(input: { DurationSeconds?: number; SerialNumber?: string; TokenCode?: string }, ctx: OperationContext) {
  const caller = callerCredential(ctx);
  if (caller && caller.kind !== 'user' && caller.kind !== 'root') throw accessDenied('Cannot call GetSessionToken with session credentials');
  const root = !caller || caller.kind === 'root';
  let duration = checkDuration(input.DurationSeconds, 43200, 129600);
  // Root sessions are limited to one hour; longer requests get one hour.
  if (root) duration = Math.min(duration, 3600);
  const Credentials = issue(ctx, duration, {
    accountId: ctx.accountId,
    kind: root ? 'root' : 'user-session',
    arn: ctx.caller.arn,
    userId: ctx.caller.userId,
    userName: caller?.userName,
  });
  return { Credentials };
}
