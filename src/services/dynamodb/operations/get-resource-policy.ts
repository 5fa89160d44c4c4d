import type { OperationContext } from '../../define-service.js';
import { policyNotFound, policyTarget, resourcePoliciesTable } from '../model/resource-policy.js';

/** The policy in the canonical form DynamoDB returns (minified, fixed key order, one-element lists as strings). */
export function getResourcePolicy(input: { ResourceArn?: string }, ctx: OperationContext): { Policy: string; RevisionId: string } {
  const target = policyTarget(ctx, input.ResourceArn);
  const row = ctx.table(resourcePoliciesTable).get(target.key);
  if (!row) throw policyNotFound(target.arn);
  return { Policy: row.policy, RevisionId: row.revisionId };
}
