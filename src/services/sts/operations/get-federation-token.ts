import type { OperationContext } from '../../define-service.js';
import { accessDenied } from '../errors.js';
import { callerCredential, checkDuration, checkSessionName, checkSessionPolicy, issue, type Tag } from '../sessions.js';

/**
 * Credentials for a federated user: the caller's permissions narrowed by the session
 * policies passed here (none passed means no permissions, as in AWS).
 */
export function getFederationToken(input: { Name: string; Policy?: string; PolicyArns?: Array<{ arn?: string }>; DurationSeconds?: number; Tags?: Tag[] }, ctx: OperationContext) {
  const name = checkSessionName('Name', input.Name, 2, 32);
  const caller = callerCredential(ctx);
  if (caller && caller.kind !== 'user' && caller.kind !== 'root') throw accessDenied('Cannot call GetFederationToken with session credentials');
  const root = !caller || caller.kind === 'root';
  let duration = checkDuration(input.DurationSeconds, 43200, 129600);
  if (root) duration = Math.min(duration, 3600);
  const packed = checkSessionPolicy(input);
  const FederatedUser = { FederatedUserId: `${ctx.accountId}:${name}`, Arn: `arn:aws:sts::${ctx.accountId}:federated-user/${name}` };
  const Credentials = issue(ctx, duration, {
    accountId: ctx.accountId,
    kind: 'federated-user',
    arn: FederatedUser.Arn,
    userId: FederatedUser.FederatedUserId,
    userName: caller?.userName,
    sessionPolicy: input.Policy,
    sessionPolicyArns: (input.PolicyArns ?? []).map((p) => p.arn ?? '').filter(Boolean),
    sessionTags: input.Tags ?? [],
  });
  return { Credentials, FederatedUser, PackedPolicySize: packed };
}
