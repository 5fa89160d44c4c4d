import type { OperationContext } from '../../define-service.js';
import { deleteConflict, entityAlreadyExists } from '../errors.js';
import { groupView, loadGroup, loadUser, userView } from '../entities.js';
import { uniqueId } from '../ids.js';
import { byName, iamArn, keyOf, matchesPathPrefix, paginate, validateName, validatePath } from '../model.js';
import { groupsTable, usersTable, type GroupRow, type UserRow } from '../store.js';

export function createGroup(input: { GroupName: string; Path?: string }, ctx: OperationContext) {
  const name = validateName('GroupName', input.GroupName, 128);
  const path = validatePath(input.Path);
  const groups = ctx.table(groupsTable);
  if (groups.has(keyOf(name))) throw entityAlreadyExists(`Group with name ${name} already exists.`);
  const row: GroupRow = { GroupName: name, GroupId: uniqueId('AGPA'), Arn: iamArn(ctx, 'group', path, name), Path: path, CreateDate: ctx.clock.now(), inline: {}, attached: [] };
  groups.put(keyOf(name), row);
  return { Group: groupView(row) };
}

function members(ctx: OperationContext, group: GroupRow): UserRow[] {
  return ctx.table(usersTable).list().map((r) => r.value).filter((u) => u.groups.some((g) => keyOf(g) === keyOf(group.GroupName))).sort(byName('UserName'));
}

export function getGroup(input: { GroupName: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const group = loadGroup(ctx, input.GroupName);
  const page = paginate(members(ctx, group), input.Marker, input.MaxItems);
  return { Group: groupView(group), Users: page.items.map((u) => userView(u)), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

export function listGroups(input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const rows = ctx.table(groupsTable).list().map((r) => r.value).filter((g) => matchesPathPrefix(g.Path, input.PathPrefix)).sort(byName('GroupName'));
  const page = paginate(rows, input.Marker, input.MaxItems);
  return { Groups: page.items.map(groupView), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

export function listGroupsForUser(input: { UserName: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName);
  const groups = ctx.table(groupsTable);
  const rows = user.groups.map((g) => groups.get(keyOf(g))).filter((g): g is GroupRow => !!g).sort(byName('GroupName'));
  const page = paginate(rows, input.Marker, input.MaxItems);
  return { Groups: page.items.map(groupView), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

export function updateGroup(input: { GroupName: string; NewGroupName?: string; NewPath?: string }, ctx: OperationContext) {
  const group = loadGroup(ctx, input.GroupName);
  const newName = input.NewGroupName !== undefined ? validateName('NewGroupName', input.NewGroupName, 128) : group.GroupName;
  const newPath = input.NewPath !== undefined ? validatePath(input.NewPath, 'NewPath') : group.Path;
  const groups = ctx.table(groupsTable);
  if (keyOf(newName) !== keyOf(group.GroupName) && groups.has(keyOf(newName))) throw entityAlreadyExists(`Group with name ${newName} already exists.`);
  ctx.store.transaction(() => {
    const users = ctx.table(usersTable);
    for (const user of members(ctx, group)) {
      users.put(keyOf(user.UserName), { ...user, groups: user.groups.map((g) => (keyOf(g) === keyOf(group.GroupName) ? newName : g)) });
    }
    groups.delete(keyOf(group.GroupName));
    groups.put(keyOf(newName), { ...group, GroupName: newName, Path: newPath, Arn: iamArn(ctx, 'group', newPath, newName) });
  });
  return {};
}

export function deleteGroup(input: { GroupName: string }, ctx: OperationContext) {
  const group = loadGroup(ctx, input.GroupName);
  if (members(ctx, group).length) throw deleteConflict('Cannot delete entity, must remove users from group first.');
  if (Object.keys(group.inline).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
  if (group.attached.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
  ctx.table(groupsTable).delete(keyOf(group.GroupName));
  return {};
}

export function addUserToGroup(input: { GroupName: string; UserName: string }, ctx: OperationContext) {
  const group = loadGroup(ctx, input.GroupName);
  const user = loadUser(ctx, input.UserName);
  if (!user.groups.some((g) => keyOf(g) === keyOf(group.GroupName))) {
    ctx.table(usersTable).put(keyOf(user.UserName), { ...user, groups: [...user.groups, group.GroupName] });
  }
  return {};
}

export function removeUserFromGroup(input: { GroupName: string; UserName: string }, ctx: OperationContext) {
  const group = loadGroup(ctx, input.GroupName);
  const user = loadUser(ctx, input.UserName);
  ctx.table(usersTable).put(keyOf(user.UserName), { ...user, groups: user.groups.filter((g) => keyOf(g) !== keyOf(group.GroupName)) });
  return {};
}
