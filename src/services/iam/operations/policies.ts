import type { OperationContext } from '../../define-service.js';
import { AWS_MANAGED_POLICIES, isAwsManagedArn } from '../aws-managed-policies.js';
import { constraintViolation, deleteConflict, entityAlreadyExists, limitExceeded, noSuchEntity, unmodifiableEntity } from '../errors.js';
import { loadPolicy, policyUsage, policyView } from '../entities.js';
import { uniqueId } from '../ids.js';
import { byName, checkDocument, date, encodeDocument, iamArn, keyOf, matchesPathPrefix, paginate, validateName, validatePath, validateTags } from '../model.js';
import { groupsTable, policiesTable, rolesTable, usersTable, type PolicyRow, type Tag } from '../store.js';

const POLICY_SIZE = { name: 'PolicySize', max: 6144 };
const MAX_VERSIONS = 5;

export function createPolicy(input: { PolicyName: string; Path?: string; PolicyDocument: string; Description?: string; Tags?: Tag[] }, ctx: OperationContext) {
  const name = validateName('PolicyName', input.PolicyName, 128);
  const path = validatePath(input.Path);
  checkDocument(input.PolicyDocument, 'identity', POLICY_SIZE);
  if (input.Description !== undefined && input.Description.length > 1000) throw constraintViolation('Description', input.Description, 'Member must have length less than or equal to 1000');
  const policies = ctx.table(policiesTable);
  if (policies.has(keyOf(name))) throw entityAlreadyExists(`A policy called ${name} already exists. Duplicate names are not allowed.`);
  const now = ctx.clock.now();
  const row: PolicyRow = {
    PolicyName: name, PolicyId: uniqueId('ANPA'), Arn: iamArn(ctx, 'policy', path, name), Path: path, DefaultVersionId: 'v1',
    Description: input.Description, CreateDate: now, UpdateDate: now, Tags: validateTags(input.Tags),
    versions: [{ VersionId: 'v1', Document: input.PolicyDocument, CreateDate: now }], nextVersion: 2,
  };
  policies.put(keyOf(name), row);
  const view = policyView(row, { attachments: 0, boundaries: 0 }, true);
  return { Policy: { ...view, Description: undefined } };
}

export function getPolicy(input: { PolicyArn: string }, ctx: OperationContext) {
  const row = loadPolicy(ctx, input.PolicyArn);
  const usage = policyUsage(ctx).get(row.Arn) ?? { attachments: 0, boundaries: 0 };
  return { Policy: policyView(row, usage, true) };
}

interface ListPoliciesInput {
  Scope?: 'All' | 'AWS' | 'Local';
  OnlyAttached?: boolean;
  PathPrefix?: string;
  PolicyUsageFilter?: 'PermissionsPolicy' | 'PermissionsBoundary';
  Marker?: string;
  MaxItems?: number;
}

export function listPolicies(input: ListPoliciesInput, ctx: OperationContext) {
  const scope = input.Scope ?? 'All';
  const usage = policyUsage(ctx);
  const local = scope === 'AWS' ? [] : ctx.table(policiesTable).list().map((r) => r.value);
  const aws = scope === 'Local' ? [] : [...AWS_MANAGED_POLICIES.values()];
  const counts = (arn: string) => usage.get(arn) ?? { attachments: 0, boundaries: 0 };
  const rows = [...local, ...aws]
    .filter((p) => matchesPathPrefix(p.Path, input.PathPrefix))
    .filter((p) => !input.OnlyAttached || counts(p.Arn).attachments + counts(p.Arn).boundaries > 0)
    .filter((p) => input.PolicyUsageFilter !== 'PermissionsBoundary' || !input.OnlyAttached || counts(p.Arn).boundaries > 0)
    .filter((p) => input.PolicyUsageFilter !== 'PermissionsPolicy' || !input.OnlyAttached || counts(p.Arn).attachments > 0)
    .sort(byName('PolicyName'));
  const page = paginate(rows, input.Marker, input.MaxItems);
  return { Policies: page.items.map((p) => policyView(p, counts(p.Arn))), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

function ownPolicy(ctx: OperationContext, arn: string): PolicyRow {
  if (isAwsManagedArn(arn) && AWS_MANAGED_POLICIES.has(arn)) throw unmodifiableEntity(`Cannot modify the AWS managed policy ${arn}.`);
  return loadPolicy(ctx, arn);
}

export function deletePolicy(input: { PolicyArn: string }, ctx: OperationContext) {
  const row = ownPolicy(ctx, input.PolicyArn);
  const usage = policyUsage(ctx).get(row.Arn);
  if (usage && usage.attachments + usage.boundaries > 0) throw deleteConflict('Cannot delete a policy attached to entities.');
  if (row.versions.length > 1) {
    throw deleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
  }
  ctx.table(policiesTable).delete(keyOf(row.PolicyName));
  return {};
}

function versionView(row: PolicyRow, versionId: string, withDocument: boolean) {
  const version = row.versions.find((v) => v.VersionId === versionId);
  if (!version) throw noSuchEntity(`Policy ${row.Arn} version ${versionId} does not exist or is not attachable.`);
  return {
    Document: withDocument ? encodeDocument(version.Document) : undefined,
    VersionId: version.VersionId,
    IsDefaultVersion: version.VersionId === row.DefaultVersionId,
    CreateDate: date(version.CreateDate),
  };
}

export function createPolicyVersion(input: { PolicyArn: string; PolicyDocument: string; SetAsDefault?: boolean }, ctx: OperationContext) {
  const row = ownPolicy(ctx, input.PolicyArn);
  checkDocument(input.PolicyDocument, 'identity', POLICY_SIZE);
  if (row.versions.length >= MAX_VERSIONS) {
    throw limitExceeded('A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.');
  }
  const now = ctx.clock.now();
  const versionId = `v${row.nextVersion}`;
  const updated: PolicyRow = {
    ...row,
    versions: [...row.versions, { VersionId: versionId, Document: input.PolicyDocument, CreateDate: now }],
    nextVersion: row.nextVersion + 1,
    DefaultVersionId: input.SetAsDefault ? versionId : row.DefaultVersionId,
    UpdateDate: input.SetAsDefault ? now : row.UpdateDate,
  };
  ctx.table(policiesTable).put(keyOf(row.PolicyName), updated);
  return { PolicyVersion: versionView(updated, versionId, false) };
}

function checkVersionId(versionId: string | undefined): string {
  if (versionId === undefined) throw constraintViolation('VersionId', undefined, 'Member must not be null');
  if (!/^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$/.test(versionId)) {
    throw constraintViolation('VersionId', versionId, 'Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?');
  }
  return versionId;
}

export function getPolicyVersion(input: { PolicyArn: string; VersionId: string }, ctx: OperationContext) {
  const row = loadPolicy(ctx, input.PolicyArn);
  return { PolicyVersion: versionView(row, checkVersionId(input.VersionId), true) };
}

export function listPolicyVersions(input: { PolicyArn: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const row = loadPolicy(ctx, input.PolicyArn);
  // Newest first, as AWS lists them.
  const versions = [...row.versions].reverse();
  const page = paginate(versions, input.Marker, input.MaxItems);
  return { Versions: page.items.map((v) => versionView(row, v.VersionId, false)), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

export function deletePolicyVersion(input: { PolicyArn: string; VersionId: string }, ctx: OperationContext) {
  const row = ownPolicy(ctx, input.PolicyArn);
  const versionId = checkVersionId(input.VersionId);
  versionView(row, versionId, false);
  if (versionId === row.DefaultVersionId) throw deleteConflict('Cannot delete the default version of a policy.');
  ctx.table(policiesTable).put(keyOf(row.PolicyName), { ...row, versions: row.versions.filter((v) => v.VersionId !== versionId) });
  return {};
}

export function setDefaultPolicyVersion(input: { PolicyArn: string; VersionId: string }, ctx: OperationContext) {
  const row = ownPolicy(ctx, input.PolicyArn);
  const versionId = checkVersionId(input.VersionId);
  versionView(row, versionId, false);
  ctx.table(policiesTable).put(keyOf(row.PolicyName), { ...row, DefaultVersionId: versionId, UpdateDate: ctx.clock.now() });
  return {};
}

interface ListEntitiesInput {
  PolicyArn: string;
  EntityFilter?: 'User' | 'Role' | 'Group' | 'LocalManagedPolicy' | 'AWSManagedPolicy';
  PathPrefix?: string;
  PolicyUsageFilter?: 'PermissionsPolicy' | 'PermissionsBoundary';
  Marker?: string;
  MaxItems?: number;
}

export function listEntitiesForPolicy(input: ListEntitiesInput, ctx: OperationContext) {
  const policy = loadPolicy(ctx, input.PolicyArn);
  const wants = (kind: string) => input.EntityFilter === undefined || input.EntityFilter === kind;
  const usage = (attached: string[], boundary?: string) =>
    (input.PolicyUsageFilter !== 'PermissionsBoundary' && attached.includes(policy.Arn)) ||
    (input.PolicyUsageFilter !== 'PermissionsPolicy' && boundary === policy.Arn);
  type Entity = { kind: 'user' | 'role' | 'group'; name: string; id: string };
  const entities: Entity[] = [];
  if (wants('Group')) {
    for (const { value: g } of ctx.table(groupsTable).list()) {
      if (matchesPathPrefix(g.Path, input.PathPrefix) && usage(g.attached)) entities.push({ kind: 'group', name: g.GroupName, id: g.GroupId });
    }
  }
  if (wants('User')) {
    for (const { value: u } of ctx.table(usersTable).list()) {
      if (matchesPathPrefix(u.Path, input.PathPrefix) && usage(u.attached, u.PermissionsBoundary)) entities.push({ kind: 'user', name: u.UserName, id: u.UserId });
    }
  }
  if (wants('Role')) {
    for (const { value: r } of ctx.table(rolesTable).list()) {
      if (matchesPathPrefix(r.Path, input.PathPrefix) && usage(r.attached, r.PermissionsBoundary)) entities.push({ kind: 'role', name: r.RoleName, id: r.RoleId });
    }
  }
  const page = paginate(entities, input.Marker, input.MaxItems);
  return {
    PolicyGroups: page.items.filter((e) => e.kind === 'group').map((e) => ({ GroupName: e.name, GroupId: e.id })),
    PolicyUsers: page.items.filter((e) => e.kind === 'user').map((e) => ({ UserName: e.name, UserId: e.id })),
    PolicyRoles: page.items.filter((e) => e.kind === 'role').map((e) => ({ RoleName: e.name, RoleId: e.id })),
    IsTruncated: page.IsTruncated,
    Marker: page.Marker,
  };
}
