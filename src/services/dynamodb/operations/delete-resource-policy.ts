import type { OperationContext } from '../../define-service.js';
import { checkExpectedRevision, policyTarget, resourcePoliciesTable } from '../model/resource-policy.js';

/**
 * Removes a table's or stream's policy. Idempotent without ExpectedRevisionId (an empty answer
 * when there was none); the answer names the revision that was removed.
 */
export function deleteResourcePolicy(input: { ResourceArn?: string; ExpectedRevisionId?: string }, ctx: OperationContext): { RevisionId?: string } {
  const target = policyTarget(ctx, input.ResourceArn);
  const rows = ctx.table(resourcePoliciesTable);
  const current = rows.get(target.key);
  checkExpectedRevision(target, current, input.ExpectedRevisionId);
  if (!current) return {};
  rows.delete(target.key);
  return { RevisionId: current.revisionId };
}
