import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { constraintViolation, deleteConflict, entityAlreadyExists, invalidInput, noSuchEntity, unmodifiableEntity } from '../errors.js';
import { loadPolicy, loadRole, loadUser, roleView } from '../entities.js';
import { uniqueId } from '../ids.js';
import { byName, checkDocument, iamArn, keyOf, matchesPathPrefix, paginate, validateName, validatePath, validateTags } from '../model.js';
import { accountTable, instanceProfilesTable, rolesTable, usersTable, type RoleRow, type Tag } from '../store.js';

interface CreateRoleInput {
  RoleName: string;
  Path?: string;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration?: number;
  PermissionsBoundary?: string;
  Tags?: Tag[];
}

function checkMaxSession(value: number | undefined): number {
  const duration = value ?? 3600;
  if (duration < 3600) throw constraintViolation('MaxSessionDuration', duration, 'Member must have value greater than or equal to 3600');
  if (duration > 43200) throw constraintViolation('MaxSessionDuration', duration, 'Member must have value less than or equal to 43200');
  return duration;
}

function checkTrustPolicy(text: string | undefined): void {
  if (text === undefined) throw constraintViolation('AssumeRolePolicyDocument', undefined, 'Member must not be null');
  checkDocument(text, 'trust', { name: 'ACLSizePerRole', max: 2048 });
}

export function createRole(input: CreateRoleInput, ctx: OperationContext) {
  const name = validateName('RoleName', input.RoleName, 64);
  const path = validatePath(input.Path);
  checkTrustPolicy(input.AssumeRolePolicyDocument);
  const roles = ctx.table(rolesTable);
  if (roles.has(keyOf(name))) throw entityAlreadyExists(`Role with name ${name} already exists.`);
  if (input.PermissionsBoundary) loadPolicy(ctx, input.PermissionsBoundary);
  const row: RoleRow = {
    RoleName: name,
    RoleId: uniqueId('AROA'),
    Arn: iamArn(ctx, 'role', path, name),
    Path: path,
    CreateDate: ctx.clock.now(),
    AssumeRolePolicyDocument: input.AssumeRolePolicyDocument,
    Description: input.Description,
    MaxSessionDuration: checkMaxSession(input.MaxSessionDuration),
    PermissionsBoundary: input.PermissionsBoundary,
    Tags: validateTags(input.Tags),
    inline: {},
    attached: [],
  };
  roles.put(keyOf(name), row);
  return { Role: roleView(row) };
}

export function getRole(input: { RoleName: string }, ctx: OperationContext) {
  return { Role: roleView(loadRole(ctx, input.RoleName), true) };
}

export function listRoles(input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const rows = ctx.table(rolesTable).list().map((r) => r.value).filter((r) => matchesPathPrefix(r.Path, input.PathPrefix)).sort(byName('RoleName'));
  const page = paginate(rows, input.Marker, input.MaxItems);
  // ListRoles leaves out tags and last use; GetRole has them.
  return { Roles: page.items.map((r) => ({ ...roleView(r), Tags: undefined })), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

function modifiable(role: RoleRow): RoleRow {
  if (role.serviceLinked) throw unmodifiableEntity(`Cannot perform the operation on the protected role '${role.RoleName}' - this role is only modifiable by AWS`);
  return role;
}

export function updateRole(input: { RoleName: string; Description?: string; MaxSessionDuration?: number }, ctx: OperationContext) {
  const role = modifiable(loadRole(ctx, input.RoleName));
  const updated = { ...role };
  if (input.Description !== undefined) updated.Description = input.Description;
  if (input.MaxSessionDuration !== undefined) updated.MaxSessionDuration = checkMaxSession(input.MaxSessionDuration);
  ctx.table(rolesTable).put(keyOf(role.RoleName), updated);
  return {};
}

export function updateRoleDescription(input: { RoleName: string; Description: string }, ctx: OperationContext) {
  const role = modifiable(loadRole(ctx, input.RoleName));
  const updated = { ...role, Description: input.Description };
  ctx.table(rolesTable).put(keyOf(role.RoleName), updated);
  return { Role: roleView(updated, true) };
}

export function updateAssumeRolePolicy(input: { RoleName: string; PolicyDocument: string }, ctx: OperationContext) {
  const role = modifiable(loadRole(ctx, input.RoleName));
  checkTrustPolicy(input.PolicyDocument);
  ctx.table(rolesTable).put(keyOf(role.RoleName), { ...role, AssumeRolePolicyDocument: input.PolicyDocument });
  return {};
}

function checkDeletable(ctx: OperationContext, role: RoleRow): void {
  const inProfile = ctx.table(instanceProfilesTable).list().some((p) => p.value.roles.some((r) => keyOf(r) === keyOf(role.RoleName)));
  if (inProfile) throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
  if (Object.keys(role.inline).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
  if (role.attached.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
}

export function deleteRole(input: { RoleName: string }, ctx: OperationContext) {
  const role = modifiable(loadRole(ctx, input.RoleName));
  checkDeletable(ctx, role);
  ctx.table(rolesTable).delete(keyOf(role.RoleName));
  return {};
}

/** AWS's names for the service-linked roles users create most; others follow the common pattern. */
const LINKED_ROLE_NAMES: Record<string, string> = {
  'autoscaling.amazonaws.com': 'AWSServiceRoleForAutoScaling',
  'ecs.amazonaws.com': 'AWSServiceRoleForECS',
  'elasticloadbalancing.amazonaws.com': 'AWSServiceRoleForElasticLoadBalancing',
  'rds.amazonaws.com': 'AWSServiceRoleForRDS',
  'spot.amazonaws.com': 'AWSServiceRoleForEC2Spot',
  'es.amazonaws.com': 'AWSServiceRoleForAmazonOpenSearchService',
  'opensearchservice.amazonaws.com': 'AWSServiceRoleForAmazonOpenSearchService',
  'elasticbeanstalk.amazonaws.com': 'AWSServiceRoleForElasticBeanstalk',
  'eks.amazonaws.com': 'AWSServiceRoleForAmazonEKS',
  'organizations.amazonaws.com': 'AWSServiceRoleForOrganizations',
  'support.amazonaws.com': 'AWSServiceRoleForSupport',
  'trustedadvisor.amazonaws.com': 'AWSServiceRoleForTrustedAdvisor',
};

export function createServiceLinkedRole(input: { AWSServiceName: string; Description?: string; CustomSuffix?: string }, ctx: OperationContext) {
  const service = input.AWSServiceName;
  if (!/^[a-z0-9.-]+\.amazonaws\.com(\.cn)?$/.test(service ?? '')) throw invalidInput(`Invalid service principal: ${String(service)}`);
  const label = service.split('.')[0]!;
  const base = LINKED_ROLE_NAMES[service] ?? `AWSServiceRoleFor${label.charAt(0).toUpperCase()}${label.slice(1)}`;
  const name = input.CustomSuffix ? `${base}_${input.CustomSuffix}` : base;
  const path = `/aws-service-role/${service}/`;
  const roles = ctx.table(rolesTable);
  if (roles.has(keyOf(name))) throw invalidInput(`Service role name ${name} has been taken in this account, please try a different suffix.`);
  const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: [service] }, Action: ['sts:AssumeRole'] }] });
  const row: RoleRow = {
    RoleName: name, RoleId: uniqueId('AROA'), Arn: iamArn(ctx, 'role', path, name), Path: path, CreateDate: ctx.clock.now(),
    AssumeRolePolicyDocument: trust, Description: input.Description, MaxSessionDuration: 3600, Tags: [], inline: {}, attached: [], serviceLinked: service,
  };
  roles.put(keyOf(name), row);
  return { Role: roleView(row) };
}

export function deleteServiceLinkedRole(input: { RoleName: string }, ctx: OperationContext) {
  const role = loadRole(ctx, input.RoleName);
  if (!role.serviceLinked) throw invalidInput(`Role ${role.RoleName} is not a service-linked role.`);
  const id = `task/aws-service-role/${role.serviceLinked}/${role.RoleName}/${randomUUID()}`;
  ctx.store.transaction(() => {
    ctx.table(rolesTable).delete(keyOf(role.RoleName));
    // Kumo deletes at once: the task is reported as done.
    ctx.table(accountTable).put(id, { deletionTask: { status: 'SUCCEEDED', role: role.RoleName } });
  });
  return { DeletionTaskId: id };
}

export function getServiceLinkedRoleDeletionStatus(input: { DeletionTaskId: string }, ctx: OperationContext) {
  const task = ctx.table(accountTable).get(input.DeletionTaskId ?? '')?.deletionTask;
  if (!task) throw noSuchEntity(`Deletion task ${input.DeletionTaskId} cannot be found.`);
  return { Status: task.status };
}

export function putRolePermissionsBoundary(input: { RoleName: string; PermissionsBoundary: string }, ctx: OperationContext) {
  const role = modifiable(loadRole(ctx, input.RoleName));
  loadPolicy(ctx, input.PermissionsBoundary);
  ctx.table(rolesTable).put(keyOf(role.RoleName), { ...role, PermissionsBoundary: input.PermissionsBoundary });
  return {};
}

export function deleteRolePermissionsBoundary(input: { RoleName: string }, ctx: OperationContext) {
  const role = modifiable(loadRole(ctx, input.RoleName));
  ctx.table(rolesTable).put(keyOf(role.RoleName), { ...role, PermissionsBoundary: undefined });
  return {};
}

export function putUserPermissionsBoundary(input: { UserName: string; PermissionsBoundary: string }, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName);
  loadPolicy(ctx, input.PermissionsBoundary);
  ctx.table(usersTable).put(keyOf(user.UserName), { ...user, PermissionsBoundary: input.PermissionsBoundary });
  return {};
}

export function deleteUserPermissionsBoundary(input: { UserName: string }, ctx: OperationContext) {
  const user = loadUser(ctx, input.UserName);
  ctx.table(usersTable).put(keyOf(user.UserName), { ...user, PermissionsBoundary: undefined });
  return {};
}
