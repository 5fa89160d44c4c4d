import { defineTable } from '../../store/types.js';

export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion' | 'PendingReplicaDeletion';

export interface Tag {
  TagKey: string;
  TagValue: string;
}

export interface KeyRow {
  keyId: string;
  arn: string;
  accountId: string;
  region: string;
  creationMs: number;
  description: string;
  keyUsage: string;
  keySpec: string;
  state: KeyState;
  deletionMs?: number;
  pendingWindowDays?: number;
  origin: string;
  keyManager: 'CUSTOMER' | 'AWS';
  multiRegion: boolean;
  /** For multi-Region keys: the primary's region and every replica's. */
  primaryRegion?: string;
  replicaRegions?: string[];
  policy: string;
  tags: Tag[];
  rotationEnabled: boolean;
  rotationPeriodDays?: number;
  nextRotationMs?: number;
  onDemandRotationStartMs?: number;
  rotations: Array<{ ms: number; type: 'AUTOMATIC' | 'ON_DEMAND' }>;
  /** Key material versions, each wrapped under the master key; the last is current. */
  materials: string[];
  /** DER SubjectPublicKeyInfo, base64, for key pairs. */
  publicKey?: string;
}

export interface AliasRow {
  name: string;
  targetKeyId: string;
  creationMs: number;
  updatedMs: number;
}

export interface GrantRow {
  grantId: string;
  keyId: string;
  name?: string;
  creationMs: number;
  granteePrincipal: string;
  retiringPrincipal?: string;
  issuingAccount: string;
  operations: string[];
  constraints?: { EncryptionContextSubset?: Record<string, string>; EncryptionContextEquals?: Record<string, string> };
  token: string;
}

/** Work due on Kumo's clock (deletions, rotations), found by one sweep across all scopes. */
export interface DueRow {
  kind: 'delete' | 'rotate';
  accountId: string;
  region: string;
  keyId: string;
}

export const keysTable = defineTable<KeyRow>({ service: 'kms', name: 'keys', scope: 'region' });
/** Keyed by alias name (`alias/x`). */
export const aliasesTable = defineTable<AliasRow>({ service: 'kms', name: 'aliases', scope: 'region' });
/** Keyed by `<keyId>/<grantId>`. */
export const grantsTable = defineTable<GrantRow>({ service: 'kms', name: 'grants', scope: 'region' });
/** Keyed by `<due ms, 15 digits>/<kind>/<account>/<region>/<keyId>`. */
export const dueTable = defineTable<DueRow>({ service: 'kms', name: 'due', scope: 'global' });

export function dueKey(atMs: number, row: DueRow): string {
  return `${String(atMs).padStart(15, '0')}/${row.kind}/${row.accountId}/${row.region}/${row.keyId}`;
}
