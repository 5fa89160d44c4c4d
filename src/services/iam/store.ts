import { defineTable } from '../../store/types.js';

/**
 * IAM is global: every table is scoped to the account (rows keyed by the lower-cased name,
 * since IAM names are unique without regard to case), except the two credential indexes,
 * which map an access key id to its account before the account is known.
 */
export interface Tag {
  Key: string;
  Value: string;
}

/** Policies an entity holds: inline documents by name, and managed policy ARNs. */
export interface PolicyHolder {
  inline: Record<string, string>;
  attached: string[];
  PermissionsBoundary?: string;
}

export interface UserRow extends PolicyHolder {
  UserName: string;
  UserId: string;
  Arn: string;
  Path: string;
  CreateDate: number;
  Tags: Tag[];
  /** Group names, as the groups spell them. */
  groups: string[];
  loginProfile?: { CreateDate: number; PasswordResetRequired: boolean; password: string };
}

export interface GroupRow extends Omit<PolicyHolder, 'PermissionsBoundary'> {
  GroupName: string;
  GroupId: string;
  Arn: string;
  Path: string;
  CreateDate: number;
}

export interface RoleRow extends PolicyHolder {
  RoleName: string;
  RoleId: string;
  Arn: string;
  Path: string;
  CreateDate: number;
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration: number;
  Tags: Tag[];
  /** Set for service-linked roles, which only their service may change. */
  serviceLinked?: string;
  RoleLastUsed?: { LastUsedDate: number; Region: string };
}

export interface PolicyVersionRow {
  VersionId: string;
  Document: string;
  CreateDate: number;
}

export interface PolicyRow {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  Description?: string;
  CreateDate: number;
  UpdateDate: number;
  Tags: Tag[];
  versions: PolicyVersionRow[];
  /** The number the next version gets: AWS never reuses a deleted version's id. */
  nextVersion: number;
}

export interface InstanceProfileRow {
  InstanceProfileName: string;
  InstanceProfileId: string;
  Arn: string;
  Path: string;
  CreateDate: number;
  roles: string[];
  Tags: Tag[];
}

export interface AccessKeyRow {
  UserName: string;
  AccessKeyId: string;
  Status: 'Active' | 'Inactive';
  CreateDate: number;
  lastUsed?: { LastUsedDate: number; ServiceName: string; Region: string };
}

export interface ProviderRow {
  Arn: string;
  CreateDate: number;
  Tags: Tag[];
  /** OIDC */
  Url?: string;
  ClientIDList?: string[];
  ThumbprintList?: string[];
  /** SAML */
  SAMLMetadataDocument?: string;
  ValidUntil?: number;
}

export const usersTable = defineTable<UserRow>({ service: 'iam', name: 'users', scope: 'account' });
export const groupsTable = defineTable<GroupRow>({ service: 'iam', name: 'groups', scope: 'account' });
export const rolesTable = defineTable<RoleRow>({ service: 'iam', name: 'roles', scope: 'account' });
export const policiesTable = defineTable<PolicyRow>({ service: 'iam', name: 'policies', scope: 'account' });
export const instanceProfilesTable = defineTable<InstanceProfileRow>({ service: 'iam', name: 'instance-profiles', scope: 'account' });
/** Keyed by `<lower user name>/<access key id>`, so a user's keys list together. */
export const accessKeysTable = defineTable<AccessKeyRow>({ service: 'iam', name: 'access-keys', scope: 'account' });
/** Keyed by ARN. */
export const providersTable = defineTable<ProviderRow>({ service: 'iam', name: 'providers', scope: 'account' });
/** Key `alias`: the account alias; key `task/<id>`: a service-linked role deletion. */
export const accountTable = defineTable<{ aliases?: string[]; deletionTask?: { status: string; role: string } }>({ service: 'iam', name: 'account', scope: 'account' });

/**
 * Every credential Kumo issued, by access key id: IAM users' keys and STS sessions. Global,
 * because a request's account is not known until its key has been looked up here.
 */
export interface CredentialRow {
  accountId: string;
  secretAccessKey: string;
  kind: 'root' | 'user' | 'assumed-role' | 'federated-user' | 'user-session';
  /** The principal's ARN and unique id as GetCallerIdentity reports them. */
  arn: string;
  userId: string;
  /** For users and user sessions. */
  userName?: string;
  /** For assumed-role sessions. */
  roleName?: string;
  roleArn?: string;
  sessionName?: string;
  sessionToken?: string;
  /** Clock time (epoch ms) when temporary credentials stop working. */
  expiresAt?: number;
  issuedAt?: number;
  status?: 'Active' | 'Inactive';
  /** Session policies: inline documents and managed policy ARNs passed when the session was made. */
  sessionPolicy?: string;
  sessionPolicyArns?: string[];
  sessionTags?: Tag[];
  sourceIdentity?: string;
  /** For federated sessions (web identity, SAML): the provider. */
  federatedProvider?: string;
}

export const credentialsTable = defineTable<CredentialRow>({ service: 'iam', name: 'credentials', scope: 'global' });
