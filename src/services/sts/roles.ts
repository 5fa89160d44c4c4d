import { createHash } from 'node:crypto';
import type { OperationContext } from '../define-service.js';
import { rolesTable } from '../iam/index.js';
import { constraintViolation, validationError } from './errors.js';

/** The role an AssumeRole* call names: from IAM when it exists there. */
export interface TargetRole {
  accountId: string;
  roleName: string;
  roleId: string;
  maxSessionDuration: number;
}

export function targetRole(ctx: OperationContext, roleArn: string | undefined): TargetRole {
  if (roleArn === undefined) throw constraintViolation('RoleArn', undefined, 'Member must not be null');
  if (roleArn.length < 20) throw constraintViolation('RoleArn', roleArn, 'Member must have length greater than or equal to 20');
  const match = /^arn:aws[\w-]*:iam::(\d{12}):role\/(?:.*\/)?([\w+=,.@-]+)$/.exec(roleArn);
  if (!match) throw validationError(`${roleArn} is invalid`);
  const [, accountId, roleName] = match as unknown as [string, string, string];
  const role = ctx.store.table(rolesTable, { accountId, region: '' }).get(roleName.toLowerCase());
  if (role && role.Arn === roleArn) {
    // AWS records the last use of a role; one write per AssumeRole is cheap.
    ctx.store.table(rolesTable, { accountId, region: '' }).put(roleName.toLowerCase(), { ...role, RoleLastUsed: { LastUsedDate: ctx.clock.now(), Region: ctx.region } });
    return { accountId, roleName: role.RoleName, roleId: role.RoleId, maxSessionDuration: role.MaxSessionDuration };
  }
  // A role IAM does not know (enforcement off: the authorize step denies it when on) gets a
  // stable id derived from its ARN, so repeated sessions agree.
  return { accountId, roleName, roleId: stableRoleId(roleArn), maxSessionDuration: 3600 };
}

function stableRoleId(roleArn: string): string {
  const digest = createHash('sha256').update(roleArn).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let id = 'AROA';
  for (let i = 0; i < 17; i++) id += alphabet[digest[i]! % 32];
  return id;
}

export function checkRoleDuration(requested: number | undefined, role: TargetRole, chained: boolean): number {
  const duration = requested ?? 3600;
  if (duration < 900) throw constraintViolation('DurationSeconds', duration, 'Member must have value greater than or equal to 900');
  if (duration > 43200) throw constraintViolation('DurationSeconds', duration, 'Member must have value less than or equal to 43200');
  if (chained && duration > 3600) throw validationError('The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  if (duration > role.maxSessionDuration) throw validationError('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
  return duration;
}

export function assumedRoleUser(role: TargetRole, sessionName: string): { AssumedRoleId: string; Arn: string } {
  return { AssumedRoleId: `${role.roleId}:${sessionName}`, Arn: `arn:aws:sts::${role.accountId}:assumed-role/${role.roleName}/${sessionName}` };
}

/** The parts of an assumed-role session's credential row every AssumeRole* operation shares. */
export function roleSessionRow(
  role: TargetRole,
  user: { AssumedRoleId: string; Arn: string },
  sessionName: string,
  input: { RoleArn: string; Policy?: string; PolicyArns?: Array<{ arn?: string }> },
): { accountId: string; kind: 'assumed-role'; arn: string; userId: string; roleName: string; roleArn: string; sessionName: string; sessionPolicy?: string; sessionPolicyArns: string[] } {
  return {
    accountId: role.accountId,
    kind: 'assumed-role',
    arn: user.Arn,
    userId: user.AssumedRoleId,
    roleName: role.roleName,
    roleArn: input.RoleArn,
    sessionName,
    sessionPolicy: input.Policy,
    sessionPolicyArns: (input.PolicyArns ?? []).map((p) => p.arn ?? '').filter(Boolean),
  };
}
