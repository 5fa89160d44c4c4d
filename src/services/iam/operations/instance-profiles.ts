import type { OperationContext } from '../../define-service.js';
import { deleteConflict, entityAlreadyExists, limitExceeded, noSuchEntity } from '../errors.js';
import { instanceProfileView, loadInstanceProfile, loadRole } from '../entities.js';
import { uniqueId } from '../ids.js';
import { byName, iamArn, keyOf, matchesPathPrefix, paginate, validateName, validatePath, validateTags } from '../model.js';
import { instanceProfilesTable, type InstanceProfileRow, type Tag } from '../store.js';

export function createInstanceProfile(input: { InstanceProfileName: string; Path?: string; Tags?: Tag[] }, ctx: OperationContext) {
  const name = validateName('InstanceProfileName', input.InstanceProfileName, 128);
  const path = validatePath(input.Path);
  const profiles = ctx.table(instanceProfilesTable);
  if (profiles.has(keyOf(name))) throw entityAlreadyExists(`Instance Profile ${name} already exists.`);
  const row: InstanceProfileRow = {
    InstanceProfileName: name, InstanceProfileId: uniqueId('AIPA'), Arn: iamArn(ctx, 'instance-profile', path, name), Path: path,
    CreateDate: ctx.clock.now(), roles: [], Tags: validateTags(input.Tags),
  };
  profiles.put(keyOf(name), row);
  return { InstanceProfile: instanceProfileView(ctx, row) };
}

export function getInstanceProfile(input: { InstanceProfileName: string }, ctx: OperationContext) {
  return { InstanceProfile: instanceProfileView(ctx, loadInstanceProfile(ctx, input.InstanceProfileName)) };
}

export function listInstanceProfiles(input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const rows = ctx.table(instanceProfilesTable).list().map((r) => r.value).filter((p) => matchesPathPrefix(p.Path, input.PathPrefix)).sort(byName('InstanceProfileName'));
  const page = paginate(rows, input.Marker, input.MaxItems);
  return { InstanceProfiles: page.items.map((p) => ({ ...instanceProfileView(ctx, p), Tags: undefined })), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

export function listInstanceProfilesForRole(input: { RoleName: string; Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const role = loadRole(ctx, input.RoleName);
  const rows = ctx.table(instanceProfilesTable).list().map((r) => r.value)
    .filter((p) => p.roles.some((r) => keyOf(r) === keyOf(role.RoleName))).sort(byName('InstanceProfileName'));
  const page = paginate(rows, input.Marker, input.MaxItems);
  return { InstanceProfiles: page.items.map((p) => ({ ...instanceProfileView(ctx, p), Tags: undefined })), IsTruncated: page.IsTruncated, Marker: page.Marker };
}

export function deleteInstanceProfile(input: { InstanceProfileName: string }, ctx: OperationContext) {
  const row = loadInstanceProfile(ctx, input.InstanceProfileName);
  if (row.roles.length) throw deleteConflict('Cannot delete entity, must remove roles from instance profile first.');
  ctx.table(instanceProfilesTable).delete(keyOf(row.InstanceProfileName));
  return {};
}

export function addRoleToInstanceProfile(input: { InstanceProfileName: string; RoleName: string }, ctx: OperationContext) {
  const row = loadInstanceProfile(ctx, input.InstanceProfileName);
  const role = loadRole(ctx, input.RoleName);
  if (row.roles.some((r) => keyOf(r) === keyOf(role.RoleName))) throw entityAlreadyExists(`Role ${role.RoleName} is already associated with instance profile ${row.InstanceProfileName}.`);
  if (row.roles.length >= 1) throw limitExceeded('Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1');
  ctx.table(instanceProfilesTable).put(keyOf(row.InstanceProfileName), { ...row, roles: [role.RoleName] });
  return {};
}

export function removeRoleFromInstanceProfile(input: { InstanceProfileName: string; RoleName: string }, ctx: OperationContext) {
  const row = loadInstanceProfile(ctx, input.InstanceProfileName);
  if (!row.roles.some((r) => keyOf(r) === keyOf(input.RoleName ?? ''))) {
    throw noSuchEntity(`The role with name ${input.RoleName} cannot be found.`);
  }
  ctx.table(instanceProfilesTable).put(keyOf(row.InstanceProfileName), { ...row, roles: row.roles.filter((r) => keyOf(r) !== keyOf(input.RoleName)) });
  return {};
}
