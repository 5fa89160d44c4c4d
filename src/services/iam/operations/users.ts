import type { OperationContext } from '../../define-service.js';
import { deleteConflict, entityAlreadyExists, noSuchEntity, validationError } from '../errors.js';
import { loadPolicy, loadUser, userView } from '../entities.js';
import { uniqueId } from '../ids.js';
import { byName, date, iamArn, keyOf, matchesPathPrefix, paginate, validateName, validatePath, validateTags } from '../model.js';
import { globalCredentials } from '../credentials.js';
import { accessKeysTable, groupsTable, usersTable, type Tag, type UserRow } from '../store.js';

interface CreateUserInput {
  UserName: string;
  Path?: string;
  PermissionsBoundary?: string;
  Tags?: Tag[];
}

export function createUser(input: CreateUserInput, ctx: OperationContext) {
  const name = validateName('UserName', input.UserName, 64);
  const path = validatePath(input.Path);
  const users = ctx.table(usersTable);
  if (users.has(keyOf(name))) throw entityAlreadyExists(`User with name ${name} already exists.`);
  if (input.PermissionsBoundary) loadPolicy(ctx, input.PermissionsBoundary);
  const row: UserRow = {
    UserName: name,
    UserId: uniqueId('AIDA'),
    Arn: iamArn(ctx, 'user', path, name),
    Path: path,
    CreateDate: ctx.clock.now(),
    Tags: validateTags(input.Tags),
    PermissionsBoundary: input.PermissionsBoundary,
    inline: {},
    attached: [],
    groups: [],
  };
  users.put(keyOf(name), row);
  return { User: userView(row, true) };
}

/** Without a name, the caller: an IAM user, or the account root for root credentials. */
export function getUser(input: { UserName?: string }, ctx: OperationContext) {
  if (input.UserName !== undefined) return { User: userView(loadUser(ctx, input.UserName), true) };
  const match = /^arn:aws:iam::\d{12}:user\/(?:.*\/)?([^/]+)$/.exec(ctx.caller.arn);
  if (match) return { User: userView(loadUser(ctx, match[1]!), true) };
  if (ctx.caller.arn.endsWith(':root')) {
    return { User: { UserId: ctx.caller.accountId, Arn: ctx.caller.arn, CreateDate: date(0) } };
  }
  throw validationError('Must specify userName when calling with non-User credentials');
}

export function listUsers(input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const rows = ctx.table(usersTable).list().map((r) => r.value).filter((u) => matchesPathPrefix(u.Path, input.PathPrefix)).sort(byName('UserName'));
  const page = paginate(rows, input.Marker, input.MaxItems);
  return { Users: page.items.map((u) => userView(u)), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

export function updateUser(input: { UserName: string; NewPath?: string; NewUserName?: string }, ctx: OperationContext) {
  const row = loadUser(ctx, input.UserName);
  const users = ctx.table(usersTable);
  const newName = input.NewUserName !== undefined ? validateName('NewUserName', input.NewUserName, 64) : row.UserName;
  const newPath = input.NewPath !== undefined ? validatePath(input.NewPath, 'NewPath') : row.Path;
  if (keyOf(newName) !== keyOf(row.UserName) && users.has(keyOf(newName))) throw entityAlreadyExists(`User with name ${newName} already exists.`);
  ctx.store.transaction(() => {
    const updated: UserRow = { ...row, UserName: newName, Path: newPath, Arn: iamArn(ctx, 'user', newPath, newName) };
    users.delete(keyOf(row.UserName));
    users.put(keyOf(newName), updated);
    // Access keys follow the user to the new name, and go on resolving to it.
    const keys = ctx.table(accessKeysTable);
    const credentials = globalCredentials(ctx.store);
    for (const { key, value } of keys.list({ prefix: `${keyOf(row.UserName)}/` })) {
      keys.delete(key);
      keys.put(`${keyOf(newName)}/${value.AccessKeyId}`, { ...value, UserName: newName });
      const credential = credentials.get(value.AccessKeyId);
      if (credential) credentials.put(value.AccessKeyId, { ...credential, userName: newName, arn: updated.Arn });
    }
    const groups = ctx.table(groupsTable);
    for (const groupName of row.groups) if (!groups.has(keyOf(groupName))) updated.groups = updated.groups.filter((g) => g !== groupName);
  });
  return {};
}

export function deleteUser(input: { UserName: string }, ctx: OperationContext) {
  const row = loadUser(ctx, input.UserName);
  if (row.loginProfile) throw deleteConflict('Cannot delete entity, must delete login profile first.');
  if (ctx.table(accessKeysTable).count({ prefix: `${keyOf(row.UserName)}/` }) > 0) throw deleteConflict('Cannot delete entity, must delete access keys first.');
  if (Object.keys(row.inline).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
  if (row.attached.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
  if (row.groups.length) throw deleteConflict('Cannot delete entity, must remove users from group first.');
  if (!ctx.table(usersTable).delete(keyOf(row.UserName))) throw noSuchEntity(`The user with name ${input.UserName} cannot be found.`);
  return {};
}
