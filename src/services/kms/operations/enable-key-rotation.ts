import type { OperationContext } from '../../define-service.js';
import { constraint } from '../errors.js';
import { rotatableKey } from '../model/rotation.js';
import { dueKey, dueTable, keysTable } from '../store.js';

const DAY_MS = 86_400_000;

export function enableKeyRotation(input: { KeyId?: string; RotationPeriodInDays?: number }, ctx: OperationContext): Record<string, never> {
  const days = input.RotationPeriodInDays ?? 365;
  if (days < 90) throw constraint(days, 'rotationPeriodInDays', 'Member must have value greater than or equal to 90');
  if (days > 2560) throw constraint(days, 'rotationPeriodInDays', 'Member must have value less than or equal to 2560');
  const row = rotatableKey(ctx, input.KeyId);
  const nextRotationMs = ctx.clock.now() + days * DAY_MS;
  ctx.store.transaction(() => {
    ctx.table(keysTable).put(row.keyId, { ...row, rotationEnabled: true, rotationPeriodDays: days, nextRotationMs });
    const due = { kind: 'rotate' as const, accountId: row.accountId, region: row.region, keyId: row.keyId };
    ctx.table(dueTable).put(dueKey(nextRotationMs, due), due);
  });
  return {};
}
