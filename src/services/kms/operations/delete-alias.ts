import type { OperationContext } from '../../define-service.js';
import { aliasNotFound } from '../errors.js';
import { checkAliasName } from '../model/alias-name.js';
import { aliasArn } from '../model/new-key.js';
import { aliasesTable } from '../store.js';

export function deleteAlias(input: { AliasName?: string }, ctx: OperationContext): Record<string, never> {
  const name = checkAliasName(input.AliasName);
  if (!ctx.table(aliasesTable).delete(name)) throw aliasNotFound(aliasArn(ctx.region, ctx.accountId, name));
  return {};
}
