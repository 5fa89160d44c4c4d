import { defineTable } from '../../store/types.js';
import type { StoredPolicy } from './model/parameter-policies.js';

export interface ParameterTag {
  Key: string;
  Value: string;
}

export interface ParameterVersion {
  version: number;
  type: string;
  /** The value; for SecureString the base64 KMS ciphertext (or `plain` when KMS was not running). */
  value: string;
  /** SecureString stored without KMS (Kumo running without its KMS service). */
  plain?: boolean;
  /** SecureString: the key as named (`alias/aws/ssm` by default) and the ARN KMS reported. */
  keyId?: string;
  envelope?: { dataKey: string; iv: string; tag: string };
  lastModifiedMs: number;
  user: string;
  description?: string;
  allowedPattern?: string;
  tier: string;
  dataType: string;
  labels: string[];
  /** Parameter policies given with this version (Advanced tier only). */
  policies?: StoredPolicy[];
}

export interface ParameterRow {
  name: string;
  tags: ParameterTag[];
  /** Oldest first; the last is current. */
  versions: ParameterVersion[];
}

/** Keyed by the parameter name (names are case-sensitive). */
export const parametersTable = defineTable<ParameterRow>({ service: 'ssm', name: 'parameters', scope: 'region' });

export interface DueParameter {
  accountId: string;
  region: string;
  name: string;
}

/** Expiration policies, keyed by `<expiry ms, 15 digits>/<account>/<region>/<name>`. */
export const expiryTable = defineTable<DueParameter>({ service: 'ssm', name: 'expiry', scope: 'global' });

export function expiryKey(atMs: number, row: DueParameter): string {
  return `${String(atMs).padStart(15, '0')}/${row.accountId}/${row.region}/${row.name}`;
}
