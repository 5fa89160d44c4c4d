import type { ScopeKey, TableScope } from './types.js';

/** The scope column value for a table of the given scope, as seen from one request. */
export function scopeString(scope: TableScope, key: ScopeKey): string {
  switch (scope) {
    case 'region':
      return `${key.accountId}/${key.region}`;
    case 'account':
      return key.accountId;
    case 'global':
      return '';
  }
}

/** Recovers a table's scope kind from one of its scope strings (used by export). */
export function scopeKindOf(scope: string): TableScope {
  if (scope === '') return 'global';
  return scope.includes('/') ? 'region' : 'account';
}
