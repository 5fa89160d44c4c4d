import type { OperationContext } from '../../define-service.js';
import { malformedPolicy, notFound, pendingDeletion, required } from '../errors.js';
import { policyProblem } from '../model/key-policy.js';
import { resolveKey } from '../model/resolve-key.js';
import { keysTable } from '../store.js';

export function putKeyPolicy(input: { KeyId?: string; PolicyName?: string; Policy?: string; BypassPolicyLockoutSafetyCheck?: boolean }, ctx: OperationContext): Record<string, never> {
  const row = resolveKey(ctx, input.KeyId, { allowAlias: false });
  required(input.Policy, 'policy');
  if ((input.PolicyName ?? 'default') !== 'default') throw notFound('No such policy exists');
  const problem = policyProblem(input.Policy!);
  if (problem) throw malformedPolicy(problem);
  if (row.state === 'PendingDeletion') throw pendingDeletion(row.arn);
  ctx.table(keysTable).put(row.keyId, { ...row, policy: input.Policy! });
  return {};
}
