import type { OperationContext } from '../../define-service.js';
import { invalidState } from '../errors.js';
import { resolveKey } from '../model/resolve-key.js';
import { keysTable } from '../store.js';

/** A key whose deletion is cancelled comes back Disabled, as on AWS. */
export function cancelKeyDeletion(input: { KeyId?: string }, ctx: OperationContext): { KeyId: string } {
  const row = resolveKey(ctx, input.KeyId);
  if (row.state !== 'PendingDeletion') throw invalidState(`${row.arn} is not pending deletion.`);
  const { deletionMs: _d, pendingWindowDays: _p, ...rest } = row;
  ctx.table(keysTable).put(row.keyId, { ...rest, state: 'Disabled' });
  return { KeyId: row.arn };
}
