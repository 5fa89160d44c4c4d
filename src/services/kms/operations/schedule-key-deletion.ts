import type { OperationContext } from '../../define-service.js';
import { constraint, pendingDeletion, unsupported } from '../errors.js';
import { resolveKey } from '../model/resolve-key.js';
import { dueKey, dueTable, keysTable } from '../store.js';

const DAY_MS = 86_400_000;

export function scheduleKeyDeletion(input: { KeyId?: string; PendingWindowInDays?: number }, ctx: OperationContext) {
  const days = input.PendingWindowInDays ?? 30;
  if (days < 7) throw constraint(days, 'pendingWindowInDays', 'Member must have value greater than or equal to 7');
  if (days > 30) throw constraint(days, 'pendingWindowInDays', 'Member must have value less than or equal to 30');
  const row = resolveKey(ctx, input.KeyId);
  if (row.keyManager === 'AWS') throw unsupported(`${row.arn} is an AWS managed key; AWS managed keys cannot be deleted.`);
  if (row.state === 'PendingDeletion') throw pendingDeletion(row.arn);
  const deletionMs = ctx.clock.now() + days * DAY_MS;
  ctx.store.transaction(() => {
    ctx.table(keysTable).put(row.keyId, { ...row, state: 'PendingDeletion', deletionMs, pendingWindowDays: days });
    const due = { kind: 'delete' as const, accountId: row.accountId, region: row.region, keyId: row.keyId };
    ctx.store.table(dueTable, { accountId: '', region: '' }).put(dueKey(deletionMs, due), due);
  });
  return { KeyId: row.arn, DeletionDate: new Date(deletionMs), KeyState: 'PendingDeletion', PendingWindowInDays: days };
}
