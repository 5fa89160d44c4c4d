import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { preconditionFailed, resourceConflict, validation } from '../errors.js';
import { functionArn, type FunctionRecord, type PolicyStatement } from '../model.js';
import { resolveFunction } from '../model/lookup.js';
import { functionsTable } from '../store.js';

export interface AddPermissionInput {
  FunctionName: string;
  StatementId: string;
  Action: string;
  Principal: string;
  SourceArn?: string;
  SourceAccount?: string;
  EventSourceToken?: string;
  Qualifier?: string;
  RevisionId?: string;
  PrincipalOrgID?: string;
  FunctionUrlAuthType?: string;
}

/** Adds a statement to the function's (or a version's or alias's) resource policy. */
export function addPermission(input: AddPermissionInput, ctx: OperationContext): { Statement: string } {
  const { record, alias, version } = resolveFunction(ctx, input.FunctionName, input.Qualifier);
  if (!/^([a-zA-Z0-9-_]+)$/.test(input.StatementId) || input.StatementId.length > 100) {
    throw validation(input.StatementId, 'statementId', 'Member must satisfy regular expression pattern: ([a-zA-Z0-9-_]+)');
  }
  if (!/^(lambda:[*]|lambda:[a-zA-Z]+|[*])$/.test(input.Action)) {
    throw validation(input.Action, 'action', 'Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*])');
  }
  const qualifier = alias?.name ?? (version === '$LATEST' && !input.Qualifier ? '' : version);
  const policy = record.policies[qualifier] ?? { revisionId: randomUUID(), statements: [] };
  if (input.RevisionId !== undefined && input.RevisionId !== policy.revisionId) throw preconditionFailed();
  if (policy.statements.some((s) => s.Sid === input.StatementId)) {
    throw resourceConflict(`The statement id (${input.StatementId}) provided already exists. Please provide a new statement id, or remove the existing statement.`);
  }
  const statement = buildStatement(ctx, record, qualifier, input);
  const policies = { ...record.policies, [qualifier]: { revisionId: randomUUID(), statements: [...policy.statements, statement] } };
  ctx.table(functionsTable).put(record.name, { ...record, policies });
  return { Statement: JSON.stringify(statement) };
}

function buildStatement(ctx: OperationContext, record: FunctionRecord, qualifier: string, input: AddPermissionInput): PolicyStatement {
  const principal: Record<string, string> = /^\d{12}$/.test(input.Principal)
    ? { AWS: `arn:aws:iam::${input.Principal}:root` }
    : input.Principal.startsWith('arn:') || input.Principal === '*'
      ? { AWS: input.Principal }
      : { Service: input.Principal };
  const condition: Record<string, Record<string, string>> = {};
  if (input.SourceArn) condition.ArnLike = { 'AWS:SourceArn': input.SourceArn };
  if (input.SourceAccount) condition.StringEquals = { ...condition.StringEquals, 'AWS:SourceAccount': input.SourceAccount };
  if (input.PrincipalOrgID) condition.StringEquals = { ...condition.StringEquals, 'aws:PrincipalOrgID': input.PrincipalOrgID };
  if (input.EventSourceToken) condition.StringEquals = { ...condition.StringEquals, 'lambda:EventSourceToken': input.EventSourceToken };
  if (input.FunctionUrlAuthType) condition.StringEquals = { ...condition.StringEquals, 'lambda:FunctionUrlAuthType': input.FunctionUrlAuthType };
  const statement: PolicyStatement = {
    Sid: input.StatementId,
    Effect: 'Allow',
    Principal: principal,
    Action: input.Action,
    Resource: functionArn(ctx, record.name, qualifier || undefined),
  };
  if (Object.keys(condition).length) statement.Condition = condition;
  return statement;
}
