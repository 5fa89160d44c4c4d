import type { OperationContext } from '../../define-service.js';
import { checkExpectedRevision, checkPolicy, checkSelfLockout, nextRevisionId, policyTarget, resourcePoliciesTable } from '../model/resource-policy.js';

export interface PutResourcePolicyInput {
  ResourceArn?: string;
  Policy?: string;
  ExpectedRevisionId?: string;
  ConfirmRemoveSelfResourceAccess?: boolean;
}

/**
 * Attaches a policy to a table or stream. Putting an equivalent document again (whitespace, key
 * order, one-element lists) is a no-op that returns the same RevisionId, as DynamoDB does.
 */
export function putResourcePolicy(input: PutResourcePolicyInput, ctx: OperationContext): { RevisionId: string } {
  const target = policyTarget(ctx, input.ResourceArn);
  const checked = checkPolicy(input.Policy);
  const rows = ctx.table(resourcePoliciesTable);
  const current = rows.get(target.key);
  checkExpectedRevision(target, current, input.ExpectedRevisionId);
  checkSelfLockout(ctx.caller, ctx.accountId, target.arn, checked.document, input.ConfirmRemoveSelfResourceAccess);
  if (current && current.fingerprint === checked.fingerprint) return { RevisionId: current.revisionId };
  const revisionId = nextRevisionId(ctx.clock.now(), current?.revisionId);
  rows.put(target.key, { policy: checked.policy, fingerprint: checked.fingerprint, revisionId });
  return { RevisionId: revisionId };
}
