import type { Store } from '../../../store/types.js';
import { aliasesTable, grantsTable, keysTable, type KeyRow } from '../store.js';

/** Deletes a key for good, with its aliases and grants, as the end of its waiting period does. */
export function purgeKey(store: Store, row: KeyRow): void {
  const scope = { accountId: row.accountId, region: row.region };
  store.transaction(() => {
    store.table(keysTable, scope).delete(row.keyId);
    const aliases = store.table(aliasesTable, scope);
    for (const alias of aliases.list()) if (alias.value.targetKeyId === row.keyId) aliases.delete(alias.key);
    store.table(grantsTable, scope).deleteRange({ prefix: `${row.keyId}/` });
  });
}
