import { defineTable } from '../../store/types.js';

export interface SecretTag {
  Key: string;
  Value: string;
}

/** A secret value as stored: envelope-encrypted with a KMS data key, or plain when KMS is not running. */
export interface StoredValue {
  binary: boolean;
  /** KMS ciphertext of the data key (base64); absent when stored without KMS. */
  dataKey?: string;
  iv?: string;
  tag?: string;
  /** Ciphertext, or the value itself without KMS (base64). */
  body: string;
}

export interface SecretVersion {
  stages: string[];
  createdMs: number;
  lastAccessedMs?: number;
  /** The KMS key the value was encrypted under (its ARN), for ListSecretVersionIds. */
  kmsKeyArn?: string;
  /** Absent on the empty AWSPENDING version a rotation starts with, until the function puts a value. */
  value?: StoredValue;
}

export interface RotationRules {
  AutomaticallyAfterDays?: number;
  Duration?: string;
  ScheduleExpression?: string;
}

export interface ReplicaState {
  region: string;
  kmsKeyId?: string;
  status: 'InSync' | 'Failed' | 'InProgress';
  statusMessage?: string;
}

/** Rotation settings and progress (DescribeSecret's Rotation* fields). */
export interface RotationState {
  enabled: boolean;
  lambdaArn?: string;
  rules?: RotationRules;
  lastRotatedMs?: number;
  /** When the next scheduled rotation starts (the window's opening). */
  nextRotationMs?: number;
  /** The version a running rotation works on; cleared when it ends or is cancelled. */
  activeToken?: string;
}

export interface SecretRow {
  name: string;
  arn: string;
  description?: string;
  kmsKeyId?: string;
  createdMs: number;
  lastChangedMs: number;
  lastAccessedMs?: number;
  /** Set while the secret waits out its recovery window. */
  deletedMs?: number;
  deletionMs?: number;
  tags: SecretTag[];
  policy?: string;
  rotation?: RotationState;
  /** On a primary: its replicas in other regions. */
  replicas?: ReplicaState[];
  /** On a replica: the primary's region (the replica row keeps only its ARN, key and dates). */
  primaryRegion?: string;
  /** Set on the view of a replica only (never stored): where its values were sealed. */
  source?: { region: string; arn: string };
  /** Version id -> version, in creation order. */
  versions: Record<string, SecretVersion>;
}

export interface DueSecret {
  accountId: string;
  region: string;
  name: string;
}

export const secretsTable = defineTable<SecretRow>({ service: 'secrets-manager', name: 'secrets', scope: 'region' });
/** Keyed by `<deletion ms, 15 digits>/<account>/<region>/<name>`. */
export const dueTable = defineTable<DueSecret>({ service: 'secrets-manager', name: 'due', scope: 'global' });

export function dueKey(atMs: number, row: DueSecret): string {
  return `${String(atMs).padStart(15, '0')}/${row.accountId}/${row.region}/${row.name}`;
}
/** Keyed like dueTable, by the time the next scheduled rotation starts. */
export const rotationDueTable = defineTable<DueSecret>({ service: 'secrets-manager', name: 'rotation-due', scope: 'global' });
