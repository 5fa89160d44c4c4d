import { conditionsHold } from './conditions.js';
import type { PolicyDocument, PrincipalBlock, Statement } from './policy-document.js';
import type { RequestContext, RequestPrincipal } from './request-context.js';
import { substituteVariables } from './variables.js';
import { actionMatches, arnMatches } from './wildcard.js';

/**
 * AWS's evaluation logic for one request: an explicit deny anywhere wins; otherwise the
 * request needs an allow from an identity policy or a resource policy (same account), or
 * from both (cross account), and, where they exist, from every permissions boundary and
 * session policy. Everything else is an implicit deny.
 */
export interface NamedPolicy {
  /** A name for reports (`SimulatePrincipalPolicy`'s SourcePolicyId, denial messages). */
  id: string;
  document: PolicyDocument;
}

export interface PolicySet {
  identity: NamedPolicy[];
  /** The resource's own policy (bucket, queue, key, role trust policy) and the account owning the resource. */
  resource?: { policy: NamedPolicy; accountId: string };
  /** The principal's permissions boundary; undefined when it has none. */
  boundary?: NamedPolicy;
  /** Inline and managed session policies of temporary credentials; undefined when none were passed. */
  session?: NamedPolicy[];
}

export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/** Which kind of policy decided, for AWS's denial messages. */
export type DecidingPolicy = 'identity-based' | 'resource-based' | 'permissions boundary' | 'session' ;

export interface MatchedStatement {
  policyId: string;
  statementIndex: number;
  effect: 'Allow' | 'Deny';
}

export interface Evaluation {
  decision: Decision;
  /** For a deny, the policy kind the message names. */
  reason?: DecidingPolicy;
  matched: MatchedStatement[];
}

export function evaluate(context: RequestContext, policies: PolicySet): Evaluation {
  const matched: MatchedStatement[] = [];
  const identity = scan(policies.identity, context, false, matched);
  const boundary = policies.boundary ? scan([policies.boundary], context, false, []) : undefined;
  const session = policies.session ? scan(policies.session, context, false, []) : undefined;
  const resource = policies.resource ? scan([policies.resource.policy], context, true, matched) : undefined;

  if (identity.deny) return { decision: 'explicitDeny', reason: 'identity-based', matched };
  if (resource?.deny) return { decision: 'explicitDeny', reason: 'resource-based', matched };
  if (boundary?.deny) return { decision: 'explicitDeny', reason: 'permissions boundary', matched };
  if (session?.deny) return { decision: 'explicitDeny', reason: 'session', matched };

  // A resource in another account needs that account's resource policy to allow too: with
  // no policy at all, cross-account access is denied, as on AWS. The owner comes from the
  // policy, else from the resource ARN's account field (S3 ARNs carry none).
  const owner = policies.resource?.accountId ?? accountOfArn(context.resource);
  const sameAccount = !owner || owner === context.principal.accountId;
  // A resource policy naming the principal itself grants on its own in the same account;
  // naming the account (or the role behind a session) still needs the identity side.
  const resourceDirect = resource?.allowDirect ?? false;
  const resourceAny = resource?.allow ?? false;

  // KMS is AWS's exception: a key policy governs its key, so identity policies count only
  // where the key policy allows the account (the default policy's `kms:*` for the root).
  const keyPolicy = resource !== undefined && context.action.toLowerCase().startsWith('kms:');

  const identityAllowed = identity.allow && (boundary?.allow ?? true) && (session?.allow ?? true);
  if (sameAccount) {
    if (resourceDirect && (session === undefined || session.allow || resource?.sessionDirect)) return { decision: 'allowed', matched };
    if (identityAllowed && (!keyPolicy || resourceAny)) return { decision: 'allowed', matched };
  } else if (identityAllowed && resourceAny) {
    return { decision: 'allowed', matched };
  }
  let reason: DecidingPolicy = 'identity-based';
  if (identity.allow && boundary && !boundary.allow) reason = 'permissions boundary';
  else if (identity.allow && session && !session.allow) reason = 'session';
  else if ((!sameAccount || keyPolicy) && identity.allow && !resourceAny) reason = 'resource-based';
  return { decision: 'implicitDeny', reason, matched };
}

interface ScanResult {
  allow: boolean;
  deny: boolean;
  /** A resource policy allowed through a principal entry naming this very principal. */
  allowDirect: boolean;
  /** ...and that entry was the session ARN itself, not the role. */
  sessionDirect: boolean;
}

function scan(policies: NamedPolicy[], context: RequestContext, isResourcePolicy: boolean, matched: MatchedStatement[]): ScanResult {
  const result: ScanResult = { allow: false, deny: false, allowDirect: false, sessionDirect: false };
  for (const policy of policies) {
    policy.document.Statement.forEach((statement, index) => {
      const principalMatch = isResourcePolicy ? principalMatches(statement, context.principal) : 'direct';
      if (principalMatch === 'none') return;
      if (!statementApplies(statement, context, policy.document.Version, isResourcePolicy)) return;
      matched.push({ policyId: policy.id, statementIndex: index, effect: statement.Effect });
      if (statement.Effect === 'Deny') {
        result.deny = true;
        return;
      }
      result.allow = true;
      if (principalMatch === 'direct' || principalMatch === 'session') result.allowDirect = true;
      if (principalMatch === 'session') result.sessionDirect = true;
    });
  }
  return result;
}

export function statementApplies(statement: Statement, context: RequestContext, version: string | undefined, resourceOptional = false): boolean {
  if (statement.Action && !statement.Action.some((a) => actionMatches(a, context.action))) return false;
  if (statement.NotAction && statement.NotAction.some((a) => actionMatches(a, context.action))) return false;
  if (statement.Resource && !statement.Resource.some((r) => resourceMatches(r, context, version))) return false;
  if (statement.NotResource && statement.NotResource.some((r) => resourceMatches(r, context, version))) return false;
  if (!statement.Resource && !statement.NotResource && !resourceOptional) return false;
  return conditionsHold(statement.Condition, context, version);
}

function resourceMatches(pattern: string, context: RequestContext, version: string | undefined): boolean {
  const substituted = substituteVariables(pattern, context, version);
  if (substituted === undefined) return false;
  return arnMatches(substituted, context.resource);
}

type PrincipalMatch = 'none' | 'account' | 'direct' | 'session';

/** How a resource policy statement's Principal (or NotPrincipal) names the requester. */
export function principalMatches(statement: Statement, principal: RequestPrincipal): PrincipalMatch {
  if (statement.Principal !== undefined) return blockMatch(statement.Principal, principal);
  if (statement.NotPrincipal !== undefined) return blockMatch(statement.NotPrincipal, principal) === 'none' ? 'direct' : 'none';
  return 'none';
}

function blockMatch(block: PrincipalBlock, principal: RequestPrincipal): PrincipalMatch {
  if (block === '*') return 'direct';
  let best: PrincipalMatch = 'none';
  const consider = (match: PrincipalMatch) => {
    const rank = { none: 0, account: 1, direct: 2, session: 3 } as const;
    if (rank[match] > rank[best]) best = match;
  };
  for (const value of block.AWS ?? []) {
    if (value === '*') consider('direct');
    else if (principal.anonymous) continue;
    else if (value === principal.accountId || value === `arn:aws:iam::${principal.accountId}:root`) consider('account');
    else if (value === principal.arn) consider(principal.roleArn ? 'session' : 'direct');
    else if (principal.roleArn && value === principal.roleArn) consider('direct');
    else if (value.includes('*') && arnMatches(value, principal.arn)) consider('direct');
  }
  for (const value of block.Service ?? []) if (principal.service && value === principal.service) consider('direct');
  for (const value of block.Federated ?? []) if (principal.federated && value === principal.federated) consider('direct');
  return best;
}

/** The account field of an ARN (`arn:aws:sqs:us-east-1:123456789012:q`), if it has one. */
function accountOfArn(arn: string): string | undefined {
  const account = arn.split(':')[4];
  return account && /^\d{12}$/.test(account) ? account : undefined;
}
