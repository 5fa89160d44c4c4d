import type { OperationContext } from '../../define-service.js';
import { pendingDeletion, required } from '../errors.js';
import { resolveKey } from '../model/resolve-key.js';
import { keysTable } from '../store.js';

export function untagResource(input: { KeyId?: string; TagKeys?: string[] }, ctx: OperationContext): Record<string, never> {
  const row = resolveKey(ctx, input.KeyId, { allowAlias: false });
  required(input.TagKeys, 'tagKeys');
  if (row.state === 'PendingDeletion') throw pendingDeletion(row.arn);
  const drop = new Set(input.TagKeys);
  ctx.table(keysTable).put(row.keyId, { ...row, tags: row.tags.filter((t) => !drop.has(t.TagKey)) });
  return {};
}
