import type { OperationContext } from '../../define-service.js';
import { pendingDeletion, required } from '../errors.js';
import { resolveKey } from '../model/resolve-key.js';
import { mergeTags } from '../model/tags.js';
import { keysTable, type Tag } from '../store.js';

export function tagResource(input: { KeyId?: string; Tags?: Tag[] }, ctx: OperationContext): Record<string, never> {
  const row = resolveKey(ctx, input.KeyId, { allowAlias: false });
  required(input.Tags, 'tags');
  if (row.state === 'PendingDeletion') throw pendingDeletion(row.arn);
  ctx.table(keysTable).put(row.keyId, { ...row, tags: mergeTags(row.tags, input.Tags) });
  return {};
}
