import { parsePolicyDocument, type NamedPolicy, type PolicyDocument, type PolicyKind } from '../../policy/index.js';
import type { Store } from '../../store/types.js';
import { AWS_MANAGED_POLICIES, isAwsManagedArn } from './aws-managed-policies.js';
import { keyOf } from './model.js';
import { groupsTable, policiesTable, rolesTable, usersTable, type PolicyHolder, type PolicyRow, type Tag } from './store.js';

/**
 * The policies that apply to a principal, read from the store: the door the authorize
 * handler and the policy simulator use. Parsed documents are cached by text, since the
 * same few documents are evaluated on every request.
 */
export type PolicySourceType = 'user' | 'group' | 'role' | 'aws-managed' | 'user-managed';

export interface SourcedPolicy extends NamedPolicy {
  type: PolicySourceType;
}

export interface PrincipalPolicies {
  identity: SourcedPolicy[];
  boundary?: SourcedPolicy;
  tags: Tag[];
}

const parsed = new Map<string, PolicyDocument>();

export function cachedDocument(text: string, kind: PolicyKind = 'identity'): PolicyDocument {
  const cacheKey = `${kind}\u0000${text}`;
  let document = parsed.get(cacheKey);
  if (!document) {
    document = parsePolicyDocument(text, kind);
    if (parsed.size > 2000) parsed.clear();
    parsed.set(cacheKey, document);
  }
  return document;
}

function scope(accountId: string) {
  return { accountId, region: '' };
}

export function managedPolicy(store: Store, accountId: string, arn: string): PolicyRow | undefined {
  if (isAwsManagedArn(arn)) return AWS_MANAGED_POLICIES.get(arn);
  const name = arn.slice(arn.lastIndexOf('/') + 1);
  const row = store.table(policiesTable, scope(accountId)).get(keyOf(name));
  return row?.Arn === arn ? row : undefined;
}

function managedSource(store: Store, accountId: string, arn: string): SourcedPolicy | undefined {
  const row = managedPolicy(store, accountId, arn);
  const version = row?.versions.find((v) => v.VersionId === row.DefaultVersionId);
  if (!row || !version) return undefined;
  return { id: row.PolicyName, type: isAwsManagedArn(arn) ? 'aws-managed' : 'user-managed', document: cachedDocument(version.Document) };
}

function holderPolicies(store: Store, accountId: string, holder: Omit<PolicyHolder, 'PermissionsBoundary'>, type: 'user' | 'group' | 'role'): SourcedPolicy[] {
  const inline = Object.entries(holder.inline).map(([name, text]) => ({ id: name, type, document: cachedDocument(text) }));
  const managed = holder.attached.map((arn) => managedSource(store, accountId, arn)).filter((p): p is SourcedPolicy => !!p);
  return [...inline, ...managed];
}

export function policiesForUser(store: Store, accountId: string, userName: string): PrincipalPolicies | undefined {
  const user = store.table(usersTable, scope(accountId)).get(keyOf(userName));
  if (!user) return undefined;
  const groups = store.table(groupsTable, scope(accountId));
  const identity = holderPolicies(store, accountId, user, 'user');
  for (const groupName of user.groups) {
    const group = groups.get(keyOf(groupName));
    if (group) identity.push(...holderPolicies(store, accountId, group, 'group'));
  }
  const boundary = user.PermissionsBoundary ? managedSource(store, accountId, user.PermissionsBoundary) : undefined;
  return { identity, boundary, tags: user.Tags };
}

export function policiesForGroup(store: Store, accountId: string, groupName: string): PrincipalPolicies | undefined {
  const group = store.table(groupsTable, scope(accountId)).get(keyOf(groupName));
  return group ? { identity: holderPolicies(store, accountId, group, 'group'), tags: [] } : undefined;
}

export function policiesForRole(store: Store, accountId: string, roleName: string): PrincipalPolicies | undefined {
  const role = store.table(rolesTable, scope(accountId)).get(keyOf(roleName));
  if (!role) return undefined;
  const boundary = role.PermissionsBoundary ? managedSource(store, accountId, role.PermissionsBoundary) : undefined;
  return { identity: holderPolicies(store, accountId, role, 'role'), boundary, tags: role.Tags };
}

/** A role's trust policy, the resource policy of `sts:AssumeRole*`. */
export function trustPolicyOf(store: Store, roleArn: string): { policy: NamedPolicy; accountId: string; maxSessionDuration: number } | undefined {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(roleArn);
  if (!match) return undefined;
  const role = store.table(rolesTable, scope(match[1]!)).get(keyOf(match[2]!));
  if (!role || role.Arn !== roleArn) return undefined;
  return {
    policy: { id: `${role.RoleName} trust policy`, document: cachedDocument(role.AssumeRolePolicyDocument, 'trust') },
    accountId: match[1]!,
    maxSessionDuration: role.MaxSessionDuration,
  };
}

/** Session policies of temporary credentials: the inline document and the managed ARNs passed at issue. */
export function sessionPolicies(store: Store, accountId: string, inline: string | undefined, arns: string[] | undefined): NamedPolicy[] | undefined {
  if (inline === undefined && !arns?.length) return undefined;
  const list: NamedPolicy[] = [];
  if (inline !== undefined) list.push({ id: 'session policy', document: cachedDocument(inline) });
  for (const arn of arns ?? []) {
    const source = managedSource(store, accountId, arn);
    if (source) list.push(source);
  }
  return list;
}
