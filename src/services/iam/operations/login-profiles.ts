import type { OperationContext } from '../../define-service.js';
import { entityAlreadyExists, noSuchEntity } from '../errors.js';
import { loadUser } from '../entities.js';
import { date, keyOf } from '../model.js';
import { usersTable, type UserRow } from '../store.js';
import { createHash, randomBytes } from 'node:crypto';

/** Console passwords: Kumo has no console sign-in, but keeps the profile (the password only as a salted hash). */
function hashPassword(password: string): string {
  const salt = randomBytes(8).toString('hex');
  return `${salt}:${createHash('sha256').update(salt + password).digest('hex')}`;
}

function profileOf(user: UserRow): NonNullable<UserRow['loginProfile']> {
  if (!user.loginProfile) throw noSuchEntity(`Login Profile for User ${user.UserName} cannot be found.`);
  return user.loginProfile;
}

export function createLoginProfile(input: { UserName?: string; Password?: string; PasswordResetRequired?: boolean }, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName ?? '');
  if (user.loginProfile) throw entityAlreadyExists(`Login Profile for user ${user.UserName} already exists.`);
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
  if (input.Password !== undefined) profile.password = hashPassword(input.Password);
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
