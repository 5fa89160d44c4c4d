import type { OperationContext } from '../../define-service.js';
import { invalidGrantToken, notFound, validation } from '../errors.js';
import { checkDryRun } from '../model/crypto.js';
import { resolveKey } from '../model/resolve-key.js';
import { grantsTable } from '../store.js';

/** Retires a grant named by its token, or by key and grant id. */
export function retireGrant(input: { GrantToken?: string; KeyId?: string; GrantId?: string; DryRun?: boolean }, ctx: OperationContext): Record<string, never> {
  const grants = ctx.table(grantsTable);
  let key: string | undefined;
  if (input.GrantToken !== undefined) {
    key = grants.list().find(({ value }) => value.token === input.GrantToken)?.key;
    if (!key) throw invalidGrantToken();
  } else {
    if (input.KeyId === undefined || input.GrantId === undefined) throw validation('Grant token OR (grant ID, key ID) must be specified');
    const row = resolveKey(ctx, input.KeyId, { allowAlias: false });
    key = `${row.keyId}/${input.GrantId}`;
    if (!grants.has(key)) throw notFound(`Grant ID ${input.GrantId} not found`);
  }
  checkDryRun(input);
  grants.delete(key);
  return {};
}
