import type { OperationContext } from '../../define-service.js';
import { notFound, required } from '../errors.js';
import { checkDryRun } from '../model/crypto.js';
import { resolveKey } from '../model/resolve-key.js';
import { grantsTable } from '../store.js';

export function revokeGrant(input: { KeyId?: string; GrantId?: string; DryRun?: boolean }, ctx: OperationContext): Record<string, never> {
  const row = resolveKey(ctx, input.KeyId, { allowAlias: false });
  required(input.GrantId, 'grantId');
  const key = `${row.keyId}/${input.GrantId}`;
  const grants = ctx.table(grantsTable);
  if (!grants.has(key)) throw notFound(`Grant ID ${input.GrantId} not found`);
  checkDryRun(input);
  grants.delete(key);
  return {};
}
