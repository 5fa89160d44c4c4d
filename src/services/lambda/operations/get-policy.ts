import type { OperationContext } from '../../define-service.js';
import { policyNotFound } from '../errors.js';
import { resolveFunction } from '../model/lookup.js';

export function getPolicy(input: { FunctionName: string; Qualifier?: string }, ctx: OperationContext): { Policy: string; RevisionId: string } {
  const { record, alias, version } = resolveFunction(ctx, input.FunctionName, input.Qualifier);
  const qualifier = alias?.name ?? (version === '$LATEST' && !input.Qualifier ? '' : version);
  const policy = record.policies[qualifier];
  if (!policy || policy.statements.length === 0) throw policyNotFound();
  return { Policy: JSON.stringify({ Version: '2012-10-17', Id: 'default', Statement: policy.statements }), RevisionId: policy.revisionId };
}
