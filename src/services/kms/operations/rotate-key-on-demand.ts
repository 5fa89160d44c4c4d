import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { addMaterial, rotatableKey } from '../model/rotation.js';

/** AWS allows ten on-demand rotations per key; Kumo's rotation completes at once. */
export function rotateKeyOnDemand(input: { KeyId?: string }, ctx: OperationContext): { KeyId: string } {
  const row = rotatableKey(ctx, input.KeyId);
  if (row.rotations.filter((r) => r.type === 'ON_DEMAND').length >= 10) {
    throw new AwsError('LimitExceededException', `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${row.arn}`);
  }
  addMaterial(ctx.store, row, ctx.clock.now(), 'ON_DEMAND');
  return { KeyId: row.keyId };
}
