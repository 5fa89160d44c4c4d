import type { OperationContext } from '../../define-service.js';
import { entityAlreadyExists, noSuchEntity } from '../errors.js';
import { loadUser } from '../entities.js';
import { date, keyOf } from '../model.js';
import { usersTable, type UserRow } from '../store.js';
import { createHash, randomBytes } from 'node:crypto';
import { AwsError } from '../../../shared/aws-error.js';
import { checkPassword, passwordPolicyTable } from './password-policy.js';

/** Console passwords: Kumo has no console sign-in, but keeps the profile (the password only as a salted hash). */
function hashPassword(password: string): string {
  const salt = randomBytes(8).toString('hex');
  return `${salt}:${createHash('sha256').update(salt + password).digest('hex')}`;
}

function passwordMatches(stored: string, password: string): boolean {
  const [salt, hash] = stored.split(':');
  return createHash('sha256').update(salt + password).digest('hex') === hash;
}

/**
 * An IAM user changes its own password (the caller's credentials name the user). Needs the
 * account policy's AllowUsersToChangePassword, the right old password and a new one that the
 * policy accepts.
 */
export function changePassword(input: { OldPassword?: string; NewPassword?: string }, ctx: OperationContext) {
  const name = /^arn:aws:iam::\d{12}:user\/(?:.*\/)?([^/]+)$/.exec(ctx.caller.arn)?.[1];
  if (name === undefined) throw new AwsError('InvalidUserType', 'Only IAM users can change their own password.', { status: 400 });
  const policy = ctx.table(passwordPolicyTable).get('policy');
  if (!policy?.AllowUsersToChangePassword) {
    throw new AwsError('AccessDenied', `User: ${ctx.caller.arn} is not authorized to perform: iam:ChangePassword on resource: ${ctx.caller.arn}`, { status: 403 });
  }
  const user = loadUser(ctx, name);
  const profile = profileOf(user);
  if (!passwordMatches(profile.password, input.OldPassword ?? '')) {
    throw new AwsError('AccessDenied', 'The old password was incorrect.', { status: 403 });
  }
  checkPassword(ctx, input.NewPassword ?? '');
  ctx.table(usersTable).put(keyOf(user.UserName), { ...user, loginProfile: { ...profile, password: hashPassword(input.NewPassword ?? ''), PasswordResetRequired: false } });
  return {};
}

function profileOf(user: UserRow): NonNullable<UserRow['loginProfile']> {
  if (!user.loginProfile) throw noSuchEntity(`Login Profile for User ${user.UserName} cannot be found.`);
  return user.loginProfile;
}

export function createLoginProfile(input: { UserName?: string; Password?: string; PasswordResetRequired?: boolean }, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName ?? '');
  if (user.loginProfile) throw entityAlreadyExists(`Login Profile for user ${user.UserName} already exists.`);
  checkPassword(ctx, input.Password ?? '');
  const loginProfile = { CreateDate: ctx.clock.now(), PasswordResetRequired: input.PasswordResetRequired ?? false, password: hashPassword(input.Password ?? '') };
  ctx.table(usersTable).put(keyOf(user.UserName), { ...user, loginProfile });
  return { LoginProfile: { UserName: user.UserName, CreateDate: date(loginProfile.CreateDate), PasswordResetRequired: loginProfile.PasswordResetRequired } };
}

export function getLoginProfile(input: { UserName: string }, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName);
  const profile = profileOf(user);
  return { LoginProfile: { UserName: user.UserName, CreateDate: date(profile.CreateDate), PasswordResetRequired: profile.PasswordResetRequired } };
}

export function updateLoginProfile(input: { UserName: string; Password?: string; PasswordResetRequired?: boolean }, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName);
  const profile = { ...profileOf(user) };
  if (input.Password !== undefined) {
    checkPassword(ctx, input.Password);
    profile.password = hashPassword(input.Password);
  }
  if (input.PasswordResetRequired !== undefined) profile.PasswordResetRequired = input.PasswordResetRequired;
  ctx.table(usersTable).put(keyOf(user.UserName), { ...user, loginProfile: profile });
  return {};
}

export function deleteLoginProfile(input: { UserName: string }, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName);
  profileOf(user);
  ctx.table(usersTable).put(keyOf(user.UserName), { ...user, loginProfile: undefined });
  return {};
}
