import type { ScopedTable, Store } from '../../store/types.js';
import { credentialsTable, type CredentialRow } from './store.js';

/**
 * The door through which the request chain learns who a non-default access key belongs to:
 * IAM users' keys and STS sessions. One indexed read; the default credentials never get here.
 */
export function globalCredentials(store: Store): ScopedTable<CredentialRow> {
  return store.table(credentialsTable, { accountId: '', region: '' });
}

export function lookupCredential(store: Store, accessKeyId: string): CredentialRow | undefined {
  return globalCredentials(store).get(accessKeyId);
}

export type { CredentialRow } from './store.js';
