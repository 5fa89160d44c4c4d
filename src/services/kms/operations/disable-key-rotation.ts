import type { OperationContext } from '../../define-service.js';
import { rotatableKey } from '../model/rotation.js';
import { keysTable } from '../store.js';

export function disableKeyRotation(input: { KeyId?: string }, ctx: OperationContext): Record<string, never> {
  const row = rotatableKey(ctx, input.KeyId);
  const { nextRotationMs: _n, ...rest } = row;
  ctx.table(keysTable).put(row.keyId, { ...rest, rotationEnabled: false });
  return {};
}
