import type { OperationContext } from '../../define-service.js';
import { resolveKey } from '../model/resolve-key.js';

export function getKeyRotationStatus(input: { KeyId?: string }, ctx: OperationContext) {
  const row = resolveKey(ctx, input.KeyId, { allowAlias: false });
  const output: Record<string, unknown> = { KeyRotationEnabled: row.rotationEnabled, KeyId: row.arn };
  if (row.rotationEnabled) {
    output.RotationPeriodInDays = row.rotationPeriodDays;
    if (row.nextRotationMs !== undefined) output.NextRotationDate = new Date(row.nextRotationMs);
  }
  return output;
}
