import type { OperationContext } from '../../define-service.js';
import { constraintViolation, entityAlreadyExists, noSuchEntity } from '../errors.js';
import { paginate } from '../model.js';
import {
  accessKeysTable, accountTable, groupsTable, instanceProfilesTable, policiesTable, providersTable, rolesTable, usersTable,
} from '../store.js';
import { globalCredentials } from '../credentials.js';

const ALIAS = /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/;

export function createAccountAlias(input: { AccountAlias: string }, ctx: OperationContext) {
  const alias = input.AccountAlias;
  if (alias === undefined || !ALIAS.test(alias)) {
    throw constraintViolation('AccountAlias', alias, 'Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$');
  }
  // Aliases are unique across accounts; the global credential index knows every account Kumo has seen.
  const accounts = new Set(globalCredentials(ctx.store).list().map((r) => r.value.accountId));
  for (const accountId of accounts) {
    if (accountId === ctx.accountId) continue;
    const other = ctx.store.table(accountTable, { accountId, region: '' }).get('alias');
    if (other?.aliases?.includes(alias)) throw entityAlreadyExists(`The account alias ${alias} already exists.`);
  }
  // An account has at most one alias: a new one replaces it.
  ctx.table(accountTable).put('alias', { aliases: [alias] });
  return {};
}

export function deleteAccountAlias(input: { AccountAlias: string }, ctx: OperationContext) {
  const row = ctx.table(accountTable).get('alias');
  if (!row?.aliases?.includes(input.AccountAlias)) throw noSuchEntity(`The account alias ${input.AccountAlias} cannot be found.`);
  ctx.table(accountTable).delete('alias');
  return {};
}

export function listAccountAliases(input: { Marker?: string; MaxItems?: number }, ctx: OperationContext) {
  const page = paginate(ctx.table(accountTable).get('alias')?.aliases ?? [], input.Marker, input.MaxItems);
  return { AccountAliases: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
}

/** Counts of this account's entities beside IAM's default quotas. */
export function getAccountSummary(_input: unknown, ctx: OperationContext) {
  const users = ctx.table(usersTable).list().map((r) => r.value);
  const roles = ctx.table(rolesTable).list().map((r) => r.value);
  const groups = ctx.table(groupsTable).list().map((r) => r.value);
  const rootKeys = ctx.table(accessKeysTable).count({ prefix: '/' });
  const providers = ctx.table(providersTable).count();
  const versions = ctx.table(policiesTable).list().reduce((n, r) => n + r.value.versions.length, 0);
  const SummaryMap: Record<string, number> = {
    Users: users.length,
    UsersQuota: 5000,
    Groups: groups.length,
    GroupsQuota: 300,
    Roles: roles.length,
    RolesQuota: 1000,
    Policies: ctx.table(policiesTable).count(),
    PoliciesQuota: 1500,
    PolicyVersionsInUse: versions,
    PolicyVersionsInUseQuota: 10000,
    InstanceProfiles: ctx.table(instanceProfilesTable).count(),
    InstanceProfilesQuota: 1000,
    Providers: providers,
    AccountAccessKeysPresent: rootKeys > 0 ? 1 : 0,
    AccountMFAEnabled: 0,
    AccountSigningCertificatesPresent: 0,
    MFADevices: 0,
    MFADevicesInUse: 0,
    ServerCertificates: 0,
    ServerCertificatesQuota: 20,
    AccessKeysPerUserQuota: 2,
    AssumeRolePolicySizeQuota: 2048,
    AttachedPoliciesPerGroupQuota: 10,
    AttachedPoliciesPerRoleQuota: 10,
    AttachedPoliciesPerUserQuota: 10,
    GroupPolicySizeQuota: 5120,
    GroupsPerUserQuota: 10,
    PolicySizeQuota: 6144,
    RolePolicySizeQuota: 10240,
    SigningCertificatesPerUserQuota: 2,
    UserPolicySizeQuota: 2048,
    VersionsPerPolicyQuota: 5,
    GlobalEndpointTokenVersion: 1,
  };
  return { SummaryMap };
}
