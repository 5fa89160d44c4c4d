import type { OperationContext } from '../../define-service.js';
import { notFound } from '../errors.js';
import { resolveKey } from '../model/resolve-key.js';

export function getKeyPolicy(input: { KeyId?: string; PolicyName?: string }, ctx: OperationContext) {
  const row = resolveKey(ctx, input.KeyId, { allowAlias: false });
  const name = input.PolicyName ?? 'default';
  if (name !== 'default') throw notFound('No such policy exists');
  return { Policy: row.policy, PolicyName: name };
}
