import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { constraintViolation, noSuchEntity } from '../errors.js';
import { defineTable } from '../../../store/types.js';

export interface PasswordPolicy {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
}

/** The account's password policy, one row (`policy`) per account. */
export const passwordPolicyTable = defineTable<PasswordPolicy>({ service: 'iam', name: 'password-policy', scope: 'account' });

/** IAM's symbol set for RequireSymbols. */
const SYMBOLS = /[!@#$%^&*()_+\-=[\]{}|']/;

function inRange(member: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (value < min) throw constraintViolation(member, value, `Member must have value greater than or equal to ${min}`);
  if (value > max) throw constraintViolation(member, value, `Member must have value less than or equal to ${max}`);
}

/** Replaces the policy; members left out take AWS's defaults (length 8, nothing required, no expiry). */
export function updateAccountPasswordPolicy(input: Partial<PasswordPolicy>, ctx: OperationContext) {
  inRange('MinimumPasswordLength', input.MinimumPasswordLength, 6, 128);
  inRange('MaxPasswordAge', input.MaxPasswordAge, 1, 1095);
  inRange('PasswordReusePrevention', input.PasswordReusePrevention, 1, 24);
  const policy: PasswordPolicy = {
    MinimumPasswordLength: input.MinimumPasswordLength ?? 8,
    RequireSymbols: input.RequireSymbols ?? false,
    RequireNumbers: input.RequireNumbers ?? false,
    RequireUppercaseCharacters: input.RequireUppercaseCharacters ?? false,
    RequireLowercaseCharacters: input.RequireLowercaseCharacters ?? false,
    AllowUsersToChangePassword: input.AllowUsersToChangePassword ?? false,
    ...(input.MaxPasswordAge !== undefined ? { MaxPasswordAge: input.MaxPasswordAge } : {}),
    ...(input.PasswordReusePrevention !== undefined ? { PasswordReusePrevention: input.PasswordReusePrevention } : {}),
    ...(input.HardExpiry !== undefined ? { HardExpiry: input.HardExpiry } : {}),
  };
  ctx.table(passwordPolicyTable).put('policy', policy);
  return {};
}

function missing(ctx: OperationContext): AwsError {
  return noSuchEntity(`The Password Policy with domain name ${ctx.accountId} cannot be found.`);
}

export function getAccountPasswordPolicy(_input: unknown, ctx: OperationContext) {
  const policy = ctx.table(passwordPolicyTable).get('policy');
  if (!policy) throw missing(ctx);
  return { PasswordPolicy: { ...policy, ExpirePasswords: policy.MaxPasswordAge !== undefined } };
}

export function deleteAccountPasswordPolicy(_input: unknown, ctx: OperationContext) {
  const table = ctx.table(passwordPolicyTable);
  if (!table.get('policy')) throw missing(ctx);
  table.delete('policy');
  return {};
}

/** A new password against the account's policy (none set: anything goes), with AWS's PasswordPolicyViolation. */
export function checkPassword(ctx: OperationContext, password: string): void {
  const policy = ctx.table(passwordPolicyTable).get('policy');
  if (!policy) return;
  const problems: string[] = [];
  if (password.length < policy.MinimumPasswordLength) problems.push(`Password should have a minimum length of ${policy.MinimumPasswordLength}`);
  if (policy.RequireLowercaseCharacters && !/[a-z]/.test(password)) problems.push('Password should have at least one lowercase letter');
  if (policy.RequireUppercaseCharacters && !/[A-Z]/.test(password)) problems.push('Password should have at least one uppercase letter');
  if (policy.RequireNumbers && !/[0-9]/.test(password)) problems.push('Password should have at least one number');
  if (policy.RequireSymbols && !SYMBOLS.test(password)) problems.push('Password should have at least one symbol');
  if (problems.length) throw new AwsError('PasswordPolicyViolation', problems.join('\n'), { status: 400 });
}
