import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { preconditionFailed, resourceNotFound } from '../errors.js';
import { resolveFunction } from '../model/lookup.js';
import { functionsTable } from '../store.js';

export function removePermission(input: { FunctionName: string; StatementId: string; Qualifier?: string; RevisionId?: string }, ctx: OperationContext): Record<string, never> {
  const { record, alias, version } = resolveFunction(ctx, input.FunctionName, input.Qualifier);
  const qualifier = alias?.name ?? (version === '$LATEST' && !input.Qualifier ? '' : version);
  const policy = record.policies[qualifier];
  if (!policy) throw resourceNotFound('No policy is associated with the given resource.');
  if (input.RevisionId !== undefined && input.RevisionId !== policy.revisionId) throw preconditionFailed();
  const statements = policy.statements.filter((s) => s.Sid !== input.StatementId);
  if (statements.length === policy.statements.length) throw resourceNotFound(`Statement ${input.StatementId} is not found in resource policy.`);
  ctx.table(functionsTable).put(record.name, { ...record, policies: { ...record.policies, [qualifier]: { revisionId: randomUUID(), statements } } });
  return {};
}
