import { evaluate, type NamedPolicy, type RequestContext } from '../../../policy/index.js';
import type { OperationContext } from '../../define-service.js';
import { invalidInput, noSuchEntity } from '../errors.js';
import { checkDocument, paginate } from '../model.js';
import { policiesForGroup, policiesForRole, policiesForUser, type PrincipalPolicies, type SourcedPolicy } from '../principal-policies.js';

/** The policy simulator, on the same engine that enforcement uses. */
interface ContextEntry {
  ContextKeyName: string;
  ContextKeyValues?: string[];
  ContextKeyType?: string;
}

interface SimulateInput {
  PolicyInputList?: string[];
  PermissionsBoundaryPolicyInputList?: string[];
  ActionNames: string[];
  ResourceArns?: string[];
  ResourcePolicy?: string;
  ResourceOwner?: string;
  CallerArn?: string;
  ContextEntries?: ContextEntry[];
  MaxItems?: number;
  Marker?: string;
}

interface SimulatePrincipalInput extends SimulateInput {
  PolicySourceArn: string;
}

function inputPolicies(list: string[] | undefined, prefix: string): SourcedPolicy[] {
  return (list ?? []).map((text, index) => ({ id: `${prefix}.${index + 1}`, type: 'user' as const, document: checkDocument(text, 'identity') }));
}

function sourcePolicies(ctx: OperationContext, arn: string): PrincipalPolicies {
  const match = /^arn:aws:iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+)$/.exec(arn ?? '');
  if (!match) throw invalidInput(`Invalid ARN: ${arn}`);
  const [, accountId, kind, name] = match as unknown as [string, string, string, string];
  const found = kind === 'user' ? policiesForUser(ctx.store, accountId, name) : kind === 'group' ? policiesForGroup(ctx.store, accountId, name) : policiesForRole(ctx.store, accountId, name);
  if (!found) throw noSuchEntity(`The ${kind} with name ${name} cannot be found.`);
  return found;
}

function contextKeys(entries: ContextEntry[] | undefined): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  for (const entry of entries ?? []) keys[entry.ContextKeyName] = entry.ContextKeyValues ?? [];
  return keys;
}

function conditionKeys(policies: NamedPolicy[]): string[] {
  const keys = new Set<string>();
  for (const policy of policies) {
    for (const statement of policy.document.Statement) {
      for (const operator of Object.values(statement.Condition ?? {})) for (const key of Object.keys(operator)) keys.add(key);
    }
  }
  return [...keys];
}

function simulate(ctx: OperationContext, input: SimulateInput, principalArn: string, source: PrincipalPolicies) {
  const identity = [...source.identity, ...inputPolicies(input.PolicyInputList, 'PolicyInputList')];
  const boundaryInputs = inputPolicies(input.PermissionsBoundaryPolicyInputList, 'PermissionsBoundaryPolicyInputList');
  const boundary = boundaryInputs[0] ?? source.boundary;
  const resourcePolicy = input.ResourcePolicy !== undefined ? { id: 'ResourcePolicy', document: checkDocument(input.ResourcePolicy, 'resource') } : undefined;
  const accountId = /^arn:aws:(?:iam|sts)::(\d{12}):/.exec(principalArn)?.[1] ?? ctx.accountId;
  const keys = contextKeys(input.ContextEntries);
  const all = [...identity, ...(boundary ? [boundary] : []), ...(resourcePolicy ? [resourcePolicy] : [])];
  const missing = conditionKeys(all).filter((k) => !Object.keys(keys).some((name) => name.toLowerCase() === k.toLowerCase()));
  const results = [];
  for (const action of input.ActionNames ?? []) {
    for (const resource of input.ResourceArns?.length ? input.ResourceArns : ['*']) {
      const request: RequestContext = { principal: { arn: principalArn, accountId }, action, resource, keys };
      const evaluation = evaluate(request, {
        identity,
        boundary,
        resource: resourcePolicy ? { policy: resourcePolicy, accountId: input.ResourceOwner?.split(':')[4] || input.ResourceOwner || accountId } : undefined,
      });
      const types = new Map(all.map((p) => [p.id, 'type' in p ? (p as SourcedPolicy).type : 'resource']));
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: evaluation.decision,
        MatchedStatements: evaluation.matched.map((m) => ({ SourcePolicyId: m.policyId, SourcePolicyType: m.policyId.startsWith('PolicyInputList') ? 'IAM Policy' : types.get(m.policyId) ?? 'none' })),
        MissingContextValues: missing,
        PermissionsBoundaryDecisionDetail: boundary ? { AllowedByPermissionsBoundary: evaluation.reason !== 'permissions boundary' } : undefined,
        EvalDecisionDetails: resourcePolicy ? { [action]: evaluation.decision } : undefined,
      });
    }
  }
  const page = paginate(results, input.Marker, input.MaxItems);
  return { EvaluationResults: page.items, IsTruncated: page.IsTruncated, Marker: page.Marker };
}

export function simulatePrincipalPolicy(input: SimulatePrincipalInput, ctx: OperationContext) {
  const source = sourcePolicies(ctx, input.PolicySourceArn);
  return simulate(ctx, input, input.CallerArn ?? input.PolicySourceArn, source);
}

export function simulateCustomPolicy(input: SimulateInput, ctx: OperationContext) {
  if (!input.PolicyInputList?.length) throw invalidInput('PolicyInputList must contain at least one policy.');
  return simulate(ctx, input, input.CallerArn ?? `arn:aws:iam::${ctx.accountId}:user/simulated`, { identity: [], tags: [] });
}
