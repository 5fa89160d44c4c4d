import { AwsError } from '../../../shared/aws-error.js';
import { accessDenied, aclNotSupported, invalidArgument, invalidRequest } from '../errors.js';
import type { BucketRow } from '../store.js';
import type { Grant, Grantee, Permission } from './access-configs.js';
import { canonicalId, ownerOf } from './buckets.js';
import { publicAccessBlockOf } from './public-access.js';

export const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
export const AUTHENTICATED_USERS = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';
export const LOG_DELIVERY = 'http://acs.amazonaws.com/groups/s3/LogDelivery';
const GROUPS = [ALL_USERS, AUTHENTICATED_USERS, LOG_DELIVERY];
/** The EC2 bundle reader aws-exec-read grants to. */
const EC2_READER = '6aa5a366c34c1cbe25dc49211496e913e0351eb0e8c37aa3477e40942ec6b97c';
const PERMISSIONS: readonly Permission[] = ['FULL_CONTROL', 'READ', 'WRITE', 'READ_ACP', 'WRITE_ACP'];

/** The ACL inputs Put*Acl, PutObject, CopyObject and CreateMultipartUpload share. */
export interface AclInput {
  ACL?: string;
  GrantFullControl?: string;
  GrantRead?: string;
  GrantReadACP?: string;
  GrantWrite?: string;
  GrantWriteACP?: string;
}

export interface AccessControlPolicyInput {
  Grants?: Array<{ Grantee?: Partial<Grantee>; Permission?: string }>;
  Owner?: { ID?: string; DisplayName?: string };
}

const user = (accountId: string): Grantee => ({ Type: 'CanonicalUser', ID: canonicalId(accountId), DisplayName: ownerOf(accountId).DisplayName });
const group = (uri: string): Grantee => ({ Type: 'Group', URI: uri });

/** A canned ACL's grants; the object writer owns objects, the bucket owner buckets. */
export function cannedGrants(acl: string, kind: 'bucket' | 'object', ownerAccountId: string, bucketOwnerAccountId: string): Grant[] {
  const grants: Grant[] = [{ Grantee: user(ownerAccountId), Permission: 'FULL_CONTROL' }];
  switch (acl) {
    case 'private':
      break;
    case 'public-read':
      grants.push({ Grantee: group(ALL_USERS), Permission: 'READ' });
      break;
    case 'public-read-write':
      grants.push({ Grantee: group(ALL_USERS), Permission: 'READ' }, { Grantee: group(ALL_USERS), Permission: 'WRITE' });
      break;
    case 'authenticated-read':
      grants.push({ Grantee: group(AUTHENTICATED_USERS), Permission: 'READ' });
      break;
    case 'aws-exec-read':
      grants.push({ Grantee: { Type: 'CanonicalUser', ID: EC2_READER }, Permission: 'READ' });
      break;
    case 'log-delivery-write':
      if (kind !== 'bucket') throw invalidArgument('Invalid canned ACL', 'x-amz-acl', acl);
      grants.push({ Grantee: group(LOG_DELIVERY), Permission: 'WRITE' }, { Grantee: group(LOG_DELIVERY), Permission: 'READ_ACP' });
      break;
    case 'bucket-owner-read':
    case 'bucket-owner-full-control':
      // On a bucket these two mean private, as S3 treats them.
      if (kind === 'object' && bucketOwnerAccountId !== ownerAccountId) {
        grants.push({ Grantee: user(bucketOwnerAccountId), Permission: acl === 'bucket-owner-read' ? 'READ' : 'FULL_CONTROL' });
      }
      break;
    default:
      throw invalidArgument('Invalid canned ACL', 'x-amz-acl', acl);
  }
  return grants;
}

const HEADER_PERMISSIONS: Array<[keyof AclInput, Permission, string]> = [
  ['GrantFullControl', 'FULL_CONTROL', 'x-amz-grant-full-control'],
  ['GrantRead', 'READ', 'x-amz-grant-read'],
  ['GrantWrite', 'WRITE', 'x-amz-grant-write'],
  ['GrantReadACP', 'READ_ACP', 'x-amz-grant-read-acp'],
  ['GrantWriteACP', 'WRITE_ACP', 'x-amz-grant-write-acp'],
];

/** `x-amz-grant-read: id="...", uri="http://acs.amazonaws.com/groups/global/AllUsers"`. */
export function headerGrants(input: AclInput): Grant[] | undefined {
  let grants: Grant[] | undefined;
  for (const [member, permission, header] of HEADER_PERMISSIONS) {
    const value = input[member];
    if (value === undefined) continue;
    grants ??= [];
    for (const part of value.split(',')) {
      const match = /^\s*(id|uri|emailAddress)\s*=\s*"?([^"]*)"?\s*$/i.exec(part);
      if (!match) throw invalidArgument('Invalid grant header', header, value);
      const kind = match[1]!.toLowerCase();
      const grantee: Partial<Grantee> = kind === 'id' ? { Type: 'CanonicalUser', ID: match[2]! } : kind === 'uri' ? { Type: 'Group', URI: match[2]! } : { Type: 'AmazonCustomerByEmail', EmailAddress: match[2]! };
      grants.push({ Grantee: checkGrantee(grantee), Permission: permission });
    }
  }
  return grants;
}

/** An AccessControlPolicy body's grants, checked as S3 checks them. */
export function bodyGrants(policy: AccessControlPolicyInput, ownerAccountId: string): Grant[] {
  if (!policy.Owner?.ID) throw new AwsError('MalformedACLError', 'The XML you provided was not well-formed or did not validate against our published schema');
  if (policy.Owner.ID !== canonicalId(ownerAccountId)) throw accessDenied();
  return (policy.Grants ?? []).map((grant) => {
    if (!grant.Grantee || !PERMISSIONS.includes(grant.Permission as Permission)) {
      throw new AwsError('MalformedACLError', 'The XML you provided was not well-formed or did not validate against our published schema');
    }
    return { Grantee: checkGrantee(grant.Grantee), Permission: grant.Permission as Permission };
  });
}

function checkGrantee(grantee: Partial<Grantee>): Grantee {
  switch (grantee.Type) {
    case 'CanonicalUser':
      if (!grantee.ID || !/^[0-9a-f]{64}$/.test(grantee.ID)) throw invalidArgument('Invalid id', 'CanonicalUser/ID', grantee.ID ?? '');
      return { Type: 'CanonicalUser', ID: grantee.ID, ...(grantee.DisplayName ? { DisplayName: grantee.DisplayName } : {}) };
    case 'Group':
      if (!grantee.URI || !GROUPS.includes(grantee.URI)) throw invalidArgument('Invalid group uri', 'Group/URI', grantee.URI ?? '');
      return { Type: 'Group', URI: grantee.URI };
    case 'AmazonCustomerByEmail':
      // Kumo's accounts have no e-mail addresses; S3 answers this for an unknown one.
      throw new AwsError('UnresolvableGrantByEmailAddress', 'The e-mail address you provided does not match any account on record.', {
        fields: { EmailAddressGrantee: grantee.EmailAddress ?? '' },
      });
    default:
      throw new AwsError('MalformedACLError', 'The XML you provided was not well-formed or did not validate against our published schema');
  }
}

/**
 * The grants a write asks for (canned ACL, grant headers, or a body), or undefined when it
 * names none; refused when the bucket disables ACLs or blocks public ones.
 */
export function requestedGrants(
  bucket: BucketRow,
  input: AclInput & { AccessControlPolicy?: AccessControlPolicyInput },
  kind: 'bucket' | 'object',
  ownerAccountId: string,
): Grant[] | undefined {
  const fromHeaders = headerGrants(input);
  if (input.ACL !== undefined && fromHeaders) throw invalidRequest('Specifying both Canned ACLs and Header Grants is not allowed');
  const body = input.AccessControlPolicy;
  if (body !== undefined && (input.ACL !== undefined || fromHeaders)) {
    throw new AwsError('UnexpectedContent', 'This request does not support content');
  }
  if (input.ACL === undefined && !fromHeaders && body === undefined) return undefined;
  if (aclsDisabled(bucket)) {
    // Writes may still say the bucket owner has full control (the canned ACL on objects, or the
    // same grant as headers or XML): that is what enforcement means.
    const ownerOnly = [{ Grantee: user(bucket.accountId), Permission: 'FULL_CONTROL' as const }];
    if (kind === 'object' && input.ACL === 'bucket-owner-full-control') return ownerOnly;
    const explicit = input.ACL === undefined ? fromHeaders ?? bodyGrants(body!, ownerAccountId) : undefined;
    if (!explicit || !ownerFullControlOnly(explicit, bucket.accountId)) throw aclNotSupported();
    return ownerOnly;
  }
  const grants = input.ACL !== undefined
    ? cannedGrants(input.ACL, kind, ownerAccountId, bucket.accountId)
    : fromHeaders ?? bodyGrants(body!, ownerAccountId);
  if (isPublicAcl(grants) && publicAccessBlockOf(bucket).BlockPublicAcls) throw accessDenied();
  return grants;
}

function ownerFullControlOnly(grants: readonly Grant[], bucketOwnerAccountId: string): boolean {
  return grants.length > 0 && grants.every((g) => g.Permission === 'FULL_CONTROL' && g.Grantee.Type === 'CanonicalUser' && g.Grantee.ID === canonicalId(bucketOwnerAccountId));
}

export function aclsDisabled(bucket: BucketRow): boolean {
  return bucket.objectOwnership === 'BucketOwnerEnforced';
}

export function isPublicAcl(grants: readonly Grant[] | undefined): boolean {
  return (grants ?? []).some((g) => g.Grantee.Type === 'Group' && (g.Grantee.URI === ALL_USERS || g.Grantee.URI === AUTHENTICATED_USERS));
}

/** Get*Acl's answer: with ACLs disabled, or none set, the owner alone has full control. */
export function aclOutput(bucket: BucketRow, grants: Grant[] | undefined, ownerAccountId: string): { Owner: { ID: string; DisplayName: string }; Grants: Grant[] } {
  const owner = aclsDisabled(bucket) ? bucket.accountId : ownerAccountId;
  const effective = aclsDisabled(bucket) || !grants ? [{ Grantee: user(owner), Permission: 'FULL_CONTROL' as const }] : grants;
  return { Owner: ownerOf(owner), Grants: effective };
}

/**
 * What an ACL grants, as resource policy statements the one policy engine evaluates:
 * AllUsers is Principal "*"; AuthenticatedUsers is any signed principal of any account
 * (`aws:PrincipalAccount` exists only for signed requests); a canonical user is the account
 * behind that id (its root directly, its users and roles with their own identity policies,
 * as AWS treats ACL grants to accounts). Canonical ids are a one-way hash of the account id
 * (`canonicalId`), so only the requester's own id is recognised: other grantees cannot be it.
 * Public grants (AllUsers, AuthenticatedUsers) are left out under IgnorePublicAcls.
 */
export function aclStatements(
  grants: readonly Grant[] | undefined,
  kind: 'bucket' | 'object',
  resource: string,
  options: { requesterAccountId?: string; ignorePublic: boolean },
): object[] {
  const requesterId = options.requesterAccountId ? canonicalId(options.requesterAccountId) : undefined;
  const byPrincipal = new Map<string, { principal: unknown; condition?: object; actions: Set<string> }>();
  for (const grant of grants ?? []) {
    const target = grantPrincipal(grant.Grantee, requesterId, options);
    if (!target) continue;
    const entry = byPrincipal.get(target.id) ?? { principal: target.principal, condition: target.condition, actions: new Set<string>() };
    for (const action of ACL_ACTIONS[kind][grant.Permission]) entry.actions.add(action);
    byPrincipal.set(target.id, entry);
  }
  const statements: object[] = [];
  const bucketArn = resource.split('/')[0]!;
  for (const { principal, condition, actions } of byPrincipal.values()) {
    if (actions.size === 0) continue;
    const base = { Effect: 'Allow', Principal: principal, ...(condition ? { Condition: condition } : {}) };
    if (kind === 'object') {
      statements.push({ ...base, Action: [...actions], Resource: resource });
      continue;
    }
    const onObjects = [...actions].filter((a) => OBJECT_WRITES.includes(a));
    const onBucket = [...actions].filter((a) => !OBJECT_WRITES.includes(a));
    if (onBucket.length) statements.push({ ...base, Action: onBucket, Resource: bucketArn });
    if (onObjects.length) statements.push({ ...base, Action: onObjects, Resource: `${bucketArn}/*` });
  }
  return statements;
}

function grantPrincipal(
  grantee: Grantee,
  requesterId: string | undefined,
  options: { requesterAccountId?: string; ignorePublic: boolean },
): { id: string; principal: unknown; condition?: object } | undefined {
  if (grantee.Type === 'Group' && grantee.URI === ALL_USERS) return options.ignorePublic ? undefined : { id: 'all', principal: '*' };
  if (grantee.Type === 'Group' && grantee.URI === AUTHENTICATED_USERS) {
    if (options.ignorePublic) return undefined;
    return { id: 'authenticated', principal: { AWS: '*' }, condition: { Null: { 'aws:PrincipalAccount': 'false' } } };
  }
  if (grantee.Type === 'CanonicalUser' && requesterId !== undefined && grantee.ID === requesterId) {
    return { id: 'requester', principal: { AWS: `arn:aws:iam::${options.requesterAccountId}:root` } };
  }
  return undefined;
}

const OBJECT_WRITES = ['s3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion'];
const BUCKET_READ = ['s3:ListBucket', 's3:ListBucketVersions', 's3:ListBucketMultipartUploads'];
const OBJECT_READ = ['s3:GetObject', 's3:GetObjectVersion', 's3:GetObjectTorrent'];
const ACL_ACTIONS: Record<'bucket' | 'object', Record<Permission, string[]>> = {
  bucket: {
    READ: BUCKET_READ,
    WRITE: OBJECT_WRITES,
    READ_ACP: ['s3:GetBucketAcl'],
    WRITE_ACP: ['s3:PutBucketAcl'],
    FULL_CONTROL: [...BUCKET_READ, ...OBJECT_WRITES, 's3:GetBucketAcl', 's3:PutBucketAcl'],
  },
  object: {
    READ: OBJECT_READ,
    WRITE: [],
    READ_ACP: ['s3:GetObjectAcl', 's3:GetObjectVersionAcl'],
    WRITE_ACP: ['s3:PutObjectAcl', 's3:PutObjectVersionAcl'],
    FULL_CONTROL: [...OBJECT_READ, 's3:GetObjectAcl', 's3:GetObjectVersionAcl', 's3:PutObjectAcl', 's3:PutObjectVersionAcl'],
  },
};
