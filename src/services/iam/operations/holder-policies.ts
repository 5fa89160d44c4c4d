import type { OperationContext } from '../../define-service.js';
import { limitExceeded, noSuchEntity, unmodifiableEntity } from '../errors.js';
import { findPolicy, loadGroup, loadRole, loadUser } from '../entities.js';
import { checkDocument, encodeDocument, keyOf, matchesPathPrefix, paginate, validateName } from '../model.js';
import { groupsTable, rolesTable, usersTable, type PolicyHolder, type RoleRow } from '../store.js';

/**
 * Inline policies and managed policy attachments, which users, groups and roles share:
 * one implementation, and the per-kind operations below bind it to AWS's member names.
 */
type Kind = 'User' | 'Group' | 'Role';

const INLINE_QUOTA: Record<Kind, { name: string; max: number }> = {
  User: { name: 'UserPolicySize', max: 2048 },
  Group: { name: 'GroupPolicySize', max: 5120 },
  Role: { name: 'RolePolicySize', max: 10240 },
};

function table(kind: Kind) {
  return kind === 'User' ? usersTable : kind === 'Group' ? groupsTable : rolesTable;
}

function load(ctx: OperationContext, kind: Kind, name: string): PolicyHolder & { name: string } {
  const row = kind === 'User' ? loadUser(ctx, name) : kind === 'Group' ? loadGroup(ctx, name) : loadRole(ctx, name);
  const realName = kind === 'User' ? (row as { UserName: string }).UserName : kind === 'Group' ? (row as { GroupName: string }).GroupName : (row as RoleRow).RoleName;
  return { ...row, name: realName };
}

function writable(ctx: OperationContext, kind: Kind, name: string) {
  const row = load(ctx, kind, name);
  if (kind === 'Role' && (row as unknown as RoleRow).serviceLinked) {
    throw unmodifiableEntity(`Cannot perform the operation on the protected role '${row.name}' - this role is only modifiable by AWS`);
  }
  return row;
}

function save(ctx: OperationContext, kind: Kind, row: PolicyHolder & { name: string }): void {
  const { name, ...rest } = row;
  ctx.table<unknown>(table(kind)).put(keyOf(name), rest);
}

function putInline(ctx: OperationContext, kind: Kind, name: string, policyName: string, document: string) {
  const row = writable(ctx, kind, name);
  validateName('PolicyName', policyName, 128);
  checkDocument(document, 'identity', INLINE_QUOTA[kind]);
  // Inline policy names are case-sensitive: replace an exact match only.
  save(ctx, kind, { ...row, inline: { ...row.inline, [policyName]: document } });
  return {};
}

function getInline(ctx: OperationContext, kind: Kind, name: string, policyName: string) {
  const row = load(ctx, kind, name);
  const document = row.inline[policyName];
  if (document === undefined) throw noSuchEntity(`The ${kind.toLowerCase()} policy with name ${policyName} cannot be found.`);
  return { [`${kind}Name`]: row.name, PolicyName: policyName, PolicyDocument: encodeDocument(document) };
}

function deleteInline(ctx: OperationContext, kind: Kind, name: string, policyName: string) {
  const row = writable(ctx, kind, name);
  if (row.inline[policyName] === undefined) throw noSuchEntity(`The ${kind.toLowerCase()} policy with name ${policyName} cannot be found.`);
  const inline = { ...row.inline };
  delete inline[policyName];
  save(ctx, kind, { ...row, inline });
  return {};
}

function listInline(ctx: OperationContext, kind: Kind, name: string, marker?: string, maxItems?: number) {
  const row = load(ctx, kind, name);
  const page = paginate(Object.keys(row.inline).sort(), marker, maxItems);
  return { PolicyNames: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
}

function attach(ctx: OperationContext, kind: Kind, name: string, policyArn: string) {
  const row = writable(ctx, kind, name);
  if (!findPolicy(ctx, policyArn)) throw noSuchEntity(`Policy ${policyArn} does not exist or is not attachable.`);
  if (row.attached.includes(policyArn)) return {};
  if (row.attached.length >= 10) throw limitExceeded(`Cannot exceed quota for PoliciesPer${kind}: 10`);
  save(ctx, kind, { ...row, attached: [...row.attached, policyArn] });
  return {};
}

function detach(ctx: OperationContext, kind: Kind, name: string, policyArn: string) {
  const row = writable(ctx, kind, name);
  if (!row.attached.includes(policyArn)) throw noSuchEntity(`Policy ${policyArn} was not found.`);
  save(ctx, kind, { ...row, attached: row.attached.filter((a) => a !== policyArn) });
  return {};
}

function listAttached(ctx: OperationContext, kind: Kind, name: string, pathPrefix?: string, marker?: string, maxItems?: number) {
  const row = load(ctx, kind, name);
  const policies = row.attached.map((arn) => findPolicy(ctx, arn)).filter((p) => p !== undefined && matchesPathPrefix(p.Path, pathPrefix));
  const page = paginate(policies, marker, maxItems);
  return { AttachedPolicies: page.items.map((p) => ({ PolicyName: p!.PolicyName, PolicyArn: p!.Arn })), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

interface Named {
  PolicyName: string;
  PolicyDocument: string;
  Marker?: string;
  MaxItems?: number;
  PathPrefix?: string;
  PolicyArn: string;
}
type UserIn = Partial<Named> & { UserName: string };
type GroupIn = Partial<Named> & { GroupName: string };
type RoleIn = Partial<Named> & { RoleName: string };

export const putUserPolicy = (i: UserIn, ctx: OperationContext) => putInline(ctx, 'User', i.UserName, i.PolicyName!, i.PolicyDocument!);
export const putGroupPolicy = (i: GroupIn, ctx: OperationContext) => putInline(ctx, 'Group', i.GroupName, i.PolicyName!, i.PolicyDocument!);
export const putRolePolicy = (i: RoleIn, ctx: OperationContext) => putInline(ctx, 'Role', i.RoleName, i.PolicyName!, i.PolicyDocument!);
export const getUserPolicy = (i: UserIn, ctx: OperationContext) => getInline(ctx, 'User', i.UserName, i.PolicyName!);
export const getGroupPolicy = (i: GroupIn, ctx: OperationContext) => getInline(ctx, 'Group', i.GroupName, i.PolicyName!);
export const getRolePolicy = (i: RoleIn, ctx: OperationContext) => getInline(ctx, 'Role', i.RoleName, i.PolicyName!);
export const deleteUserPolicy = (i: UserIn, ctx: OperationContext) => deleteInline(ctx, 'User', i.UserName, i.PolicyName!);
export const deleteGroupPolicy = (i: GroupIn, ctx: OperationContext) => deleteInline(ctx, 'Group', i.GroupName, i.PolicyName!);
export const deleteRolePolicy = (i: RoleIn, ctx: OperationContext) => deleteInline(ctx, 'Role', i.RoleName, i.PolicyName!);
export const listUserPolicies = (i: UserIn, ctx: OperationContext) => listInline(ctx, 'User', i.UserName, i.Marker, i.MaxItems);
export const listGroupPolicies = (i: GroupIn, ctx: OperationContext) => listInline(ctx, 'Group', i.GroupName, i.Marker, i.MaxItems);
export const listRolePolicies = (i: RoleIn, ctx: OperationContext) => listInline(ctx, 'Role', i.RoleName, i.Marker, i.MaxItems);
export const attachUserPolicy = (i: UserIn, ctx: OperationContext) => attach(ctx, 'User', i.UserName, i.PolicyArn!);
export const attachGroupPolicy = (i: GroupIn, ctx: OperationContext) => attach(ctx, 'Group', i.GroupName, i.PolicyArn!);
export const attachRolePolicy = (i: RoleIn, ctx: OperationContext) => attach(ctx, 'Role', i.RoleName, i.PolicyArn!);
export const detachUserPolicy = (i: UserIn, ctx: OperationContext) => detach(ctx, 'User', i.UserName, i.PolicyArn!);
export const detachGroupPolicy = (i: GroupIn, ctx: OperationContext) => detach(ctx, 'Group', i.GroupName, i.PolicyArn!);
export const detachRolePolicy = (i: RoleIn, ctx: OperationContext) => detach(ctx, 'Role', i.RoleName, i.PolicyArn!);
export const listAttachedUserPolicies = (i: UserIn, ctx: OperationContext) => listAttached(ctx, 'User', i.UserName, i.PathPrefix, i.Marker, i.MaxItems);
export const listAttachedGroupPolicies = (i: GroupIn, ctx: OperationContext) => listAttached(ctx, 'Group', i.GroupName, i.PathPrefix, i.Marker, i.MaxItems);
export const listAttachedRolePolicies = (i: RoleIn, ctx: OperationContext) => listAttached(ctx, 'Role', i.RoleName, i.PathPrefix, i.Marker, i.MaxItems);
