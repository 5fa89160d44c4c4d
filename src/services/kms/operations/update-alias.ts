import type { OperationContext } from '../../define-service.js';
import { aliasNotFound, pendingDeletion, required, validation } from '../errors.js';
import { checkAliasName } from '../model/alias-name.js';
import { aliasArn } from '../model/new-key.js';
import { resolveKey } from '../model/resolve-key.js';
import { aliasesTable, keysTable } from '../store.js';

/** Points an alias at another key of the same type and usage. */
export function updateAlias(input: { AliasName?: string; TargetKeyId?: string }, ctx: OperationContext): Record<string, never> {
  const name = checkAliasName(input.AliasName);
  required(input.TargetKeyId, 'targetKeyId');
  const aliases = ctx.table(aliasesTable);
  const alias = aliases.get(name);
  if (!alias) throw aliasNotFound(aliasArn(ctx.region, ctx.accountId, name));
  const target = resolveKey(ctx, input.TargetKeyId, { allowAlias: false });
  if (target.state === 'PendingDeletion') throw pendingDeletion(target.arn);
  const current = ctx.table(keysTable).get(alias.targetKeyId);
  if (current && (current.keyUsage !== target.keyUsage || (current.keySpec === 'SYMMETRIC_DEFAULT') !== (target.keySpec === 'SYMMETRIC_DEFAULT'))) {
    throw validation(`${target.arn} does not have the same key usage and key type as the key ${name} currently points to.`);
  }
  aliases.put(name, { ...alias, targetKeyId: target.keyId, updatedMs: ctx.clock.now() });
  return {};
}
