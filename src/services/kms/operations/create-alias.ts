import type { OperationContext } from '../../define-service.js';
import { alreadyExists, pendingDeletion, required } from '../errors.js';
import { checkAliasName } from '../model/alias-name.js';
import { aliasArn } from '../model/new-key.js';
import { resolveKey } from '../model/resolve-key.js';
import { aliasesTable } from '../store.js';

export function createAlias(input: { AliasName?: string; TargetKeyId?: string }, ctx: OperationContext): Record<string, never> {
  const name = checkAliasName(input.AliasName);
  required(input.TargetKeyId, 'targetKeyId');
  const row = resolveKey(ctx, input.TargetKeyId, { allowAlias: false });
  if (row.state === 'PendingDeletion') throw pendingDeletion(row.arn);
  const aliases = ctx.table(aliasesTable);
  if (aliases.has(name)) throw alreadyExists(`An alias with the name ${aliasArn(ctx.region, ctx.accountId, name)} already exists`);
  const now = ctx.clock.now();
  aliases.put(name, { name, targetKeyId: row.keyId, creationMs: now, updatedMs: now });
  return {};
}
