import type { OperationContext } from '../../define-service.js';
import { pendingDeletion } from '../errors.js';
import { resolveKey } from '../model/resolve-key.js';
import { keysTable } from '../store.js';

export function disableKey(input: { KeyId?: string }, ctx: OperationContext): Record<string, never> {
  const row = resolveKey(ctx, input.KeyId);
  if (row.state === 'PendingDeletion') throw pendingDeletion(row.arn);
  ctx.table(keysTable).put(row.keyId, { ...row, state: 'Disabled' });
  return {};
}
