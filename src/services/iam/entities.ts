import type { OperationContext } from '../define-service.js';
import { AWS_MANAGED_POLICIES, isAwsManagedArn } from './aws-managed-policies.js';
import { noSuchEntity } from './errors.js';
import { date, encodeDocument, keyOf } from './model.js';
import {
  groupsTable, instanceProfilesTable, policiesTable, rolesTable, usersTable,
  type GroupRow, type InstanceProfileRow, type PolicyRow, type RoleRow, type UserRow,
} from './store.js';

/** Loading IAM entities by name or ARN, with AWS's NoSuchEntity messages, and their wire views. */

export function loadUser(ctx: OperationContext, name: string): UserRow {
  const row = ctx.table(usersTable).get(keyOf(name));
  if (!row) throw noSuchEntity(`The user with name ${name} cannot be found.`);
  return row;
}

export function loadGroup(ctx: OperationContext, name: string): GroupRow {
  const row = ctx.table(groupsTable).get(keyOf(name));
  if (!row) throw noSuchEntity(`The group with name ${name} cannot be found.`);
  return row;
}

export function loadRole(ctx: OperationContext, name: string): RoleRow {
  const row = ctx.table(rolesTable).get(keyOf(name));
  if (!row) throw noSuchEntity(`The role with name ${name} cannot be found.`);
  return row;
}

export function loadInstanceProfile(ctx: OperationContext, name: string): InstanceProfileRow {
  const row = ctx.table(instanceProfilesTable).get(keyOf(name));
  if (!row) throw noSuchEntity(`Instance Profile ${name} cannot be found.`);
  return row;
}

/** A customer managed policy of this account, or an AWS managed one; undefined when neither. */
export function findPolicy(ctx: OperationContext, arn: string): PolicyRow | undefined {
  if (isAwsManagedArn(arn)) return AWS_MANAGED_POLICIES.get(arn);
  const match = /^arn:aws:iam::(\d{12}):policy\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!match || match[1] !== ctx.accountId) return undefined;
  const row = ctx.table(policiesTable).get(keyOf(match[2]!));
  return row?.Arn === arn ? row : undefined;
}

export function loadPolicy(ctx: OperationContext, arn: string): PolicyRow {
  const row = findPolicy(ctx, arn);
  if (!row) throw noSuchEntity(`Policy ${arn} was not found.`);
  return row;
}

export function boundaryView(arn: string | undefined): { PermissionsBoundaryType: string; PermissionsBoundaryArn: string } | undefined {
  return arn ? { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: arn } : undefined;
}

export function userView(row: UserRow, withTags = false): Record<string, unknown> {
  return {
    Path: row.Path,
    UserName: row.UserName,
    UserId: row.UserId,
    Arn: row.Arn,
    CreateDate: date(row.CreateDate),
    PermissionsBoundary: boundaryView(row.PermissionsBoundary),
    Tags: withTags && row.Tags.length ? row.Tags : undefined,
  };
}

export function groupView(row: GroupRow): Record<string, unknown> {
  return { Path: row.Path, GroupName: row.GroupName, GroupId: row.GroupId, Arn: row.Arn, CreateDate: date(row.CreateDate) };
}

export function roleView(row: RoleRow, full = false): Record<string, unknown> {
  return {
    Path: row.Path,
    RoleName: row.RoleName,
    RoleId: row.RoleId,
    Arn: row.Arn,
    CreateDate: date(row.CreateDate),
    AssumeRolePolicyDocument: encodeDocument(row.AssumeRolePolicyDocument),
    Description: row.Description,
    MaxSessionDuration: row.MaxSessionDuration,
    PermissionsBoundary: boundaryView(row.PermissionsBoundary),
    Tags: row.Tags.length ? row.Tags : undefined,
    RoleLastUsed: full ? (row.RoleLastUsed ? { LastUsedDate: date(row.RoleLastUsed.LastUsedDate), Region: row.RoleLastUsed.Region } : {}) : undefined,
  };
}

export function policyView(row: PolicyRow, counts: { attachments: number; boundaries: number }, withTags = false): Record<string, unknown> {
  return {
    PolicyName: row.PolicyName,
    PolicyId: row.PolicyId,
    Arn: row.Arn,
    Path: row.Path,
    DefaultVersionId: row.DefaultVersionId,
    AttachmentCount: counts.attachments,
    PermissionsBoundaryUsageCount: counts.boundaries,
    IsAttachable: true,
    Description: withTags ? row.Description : undefined,
    CreateDate: date(row.CreateDate),
    UpdateDate: date(row.UpdateDate),
    Tags: withTags && row.Tags.length ? row.Tags : undefined,
  };
}

export function instanceProfileView(ctx: OperationContext, row: InstanceProfileRow): Record<string, unknown> {
  const roles = ctx.table(rolesTable);
  return {
    Path: row.Path,
    InstanceProfileName: row.InstanceProfileName,
    InstanceProfileId: row.InstanceProfileId,
    Arn: row.Arn,
    CreateDate: date(row.CreateDate),
    Roles: row.roles.map((name) => roles.get(keyOf(name))).filter((r): r is RoleRow => !!r).map((r) => roleView(r)),
    Tags: row.Tags.length ? row.Tags : undefined,
  };
}

/** How many users, groups and roles attach each managed policy, and use it as a boundary. */
export function policyUsage(ctx: OperationContext): Map<string, { attachments: number; boundaries: number }> {
  const usage = new Map<string, { attachments: number; boundaries: number }>();
  const bump = (arn: string, field: 'attachments' | 'boundaries') => {
    const entry = usage.get(arn) ?? { attachments: 0, boundaries: 0 };
    entry[field]++;
    usage.set(arn, entry);
  };
  for (const table of [usersTable, rolesTable] as const) {
    for (const { value } of ctx.table<UserRow | RoleRow>(table).list()) {
      value.attached.forEach((arn) => bump(arn, 'attachments'));
      if (value.PermissionsBoundary) bump(value.PermissionsBoundary, 'boundaries');
    }
  }
  for (const { value } of ctx.table(groupsTable).list()) value.attached.forEach((arn) => bump(arn, 'attachments'));
  return usage;
}
