import type { OperationContext } from '../../define-service.js';
import { constraintViolation } from '../errors.js';
import { assumedRoleUser, checkRoleDuration, targetRole, roleSessionRow } from '../roles.js';
import { callerCredential, checkSessionName, checkSessionPolicy, issue, type Tag } from '../sessions.js';

interface AssumeRoleInput {
  RoleArn: string;
  RoleSessionName: string;
  PolicyArns?: Array<{ arn?: string }>;
  Policy?: string;
  DurationSeconds?: number;
  Tags?: Tag[];
  TransitiveTagKeys?: string[];
  ExternalId?: string;
  SerialNumber?: string;
  TokenCode?: string;
  SourceIdentity?: string;
}

/**
 * Temporary credentials that act as the role. The trust policy is checked by the authorize
 * step when IAM enforcement is on (it is the role's resource policy for sts:AssumeRole).
 */
export function assumeRole(input: AssumeRoleInput, ctx: OperationContext) {
  const role = targetRole(ctx, input.RoleArn);
  const sessionName = checkSessionName('RoleSessionName', input.RoleSessionName, 2, 64);
  if (input.ExternalId !== undefined && (input.ExternalId.length < 2 || input.ExternalId.length > 1224)) {
    throw constraintViolation('ExternalId', input.ExternalId, 'Member must have length greater than or equal to 2');
  }
  if (input.SourceIdentity !== undefined) checkSessionName('SourceIdentity', input.SourceIdentity, 2, 64);
  const caller = callerCredential(ctx);
  const duration = checkRoleDuration(input.DurationSeconds, role, caller?.kind === 'assumed-role');
  const packed = checkSessionPolicy(input);
  const user = assumedRoleUser(role, sessionName);
  // Session tags marked transitive carry over when this session assumes another role.
  const inherited = (caller?.sessionTags ?? []).filter((t) => !(input.Tags ?? []).some((n) => n.Key.toLowerCase() === t.Key.toLowerCase()));
  const Credentials = issue(ctx, duration, {
    ...roleSessionRow(role, user, sessionName, input),
    sessionTags: [...inherited, ...(input.Tags ?? [])],
    sourceIdentity: input.SourceIdentity ?? caller?.sourceIdentity,
  });
  return { Credentials, AssumedRoleUser: user, PackedPolicySize: packed, SourceIdentity: input.SourceIdentity };
}
