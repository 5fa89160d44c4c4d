import type { OperationContext } from '../../define-service.js';
import { constraint, pendingDeletion, required } from '../errors.js';
import { resolveKey } from '../model/resolve-key.js';
import { keysTable } from '../store.js';

export function updateKeyDescription(input: { KeyId?: string; Description?: string }, ctx: OperationContext): Record<string, never> {
  const row = resolveKey(ctx, input.KeyId);
  required(input.Description, 'description');
  if (input.Description!.length > 8192) throw constraint(input.Description, 'description', 'Member must have length less than or equal to 8192');
  if (row.state === 'PendingDeletion') throw pendingDeletion(row.arn);
  ctx.table(keysTable).put(row.keyId, { ...row, description: input.Description! });
  return {};
}
