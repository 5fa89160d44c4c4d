import { evaluate, parsePolicyDocument, type NamedPolicy, type RequestPrincipal } from '../../../policy/index.js';
import type { Store } from '../../../store/types.js';
import { busesTable } from '../store.js';
import { busArn, DEFAULT_BUS } from './names.js';

/**
 * A bus's resource policy: the statements PutPermission adds, RemovePermission removes, and
 * the check that decides whether another account may put events on the bus (directly, or
 * through a rule whose target is the bus). AWS refuses cross-account events a bus policy does
 * not allow whether or not IAM is enforced, so this check always runs for them.
 */
export interface PolicyStatement {
  Sid?: string;
  [field: string]: unknown;
}

export interface PolicyDoc {
  Version: string;
  Statement: PolicyStatement[];
}

export function readPolicy(text: string | undefined): PolicyDoc | undefined {
  if (!text) return undefined;
  const parsed = JSON.parse(text) as { Version?: string; Statement?: unknown };
  const list = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement] : [];
  return { Version: parsed.Version ?? '2012-10-17', Statement: list as PolicyStatement[] };
}

/** Adds a statement, replacing one with the same Sid (PutPermission is an upsert per StatementId). */
export function withStatement(text: string | undefined, statement: PolicyStatement): string {
  const doc = readPolicy(text) ?? { Version: '2012-10-17', Statement: [] };
  const kept = doc.Statement.filter((s) => s.Sid !== statement.Sid);
  return JSON.stringify({ Version: doc.Version, Statement: [...kept, statement] });
}

/** Removes the statement; undefined when it was not there. An emptied policy is deleted (''). */
export function withoutStatement(text: string | undefined, sid: string): string | undefined {
  const doc = readPolicy(text);
  if (!doc) return undefined;
  const kept = doc.Statement.filter((s) => s.Sid !== sid);
  if (kept.length === doc.Statement.length) return undefined;
  return kept.length === 0 ? '' : JSON.stringify({ Version: doc.Version, Statement: kept });
}

export interface BusScopeRef {
  accountId: string;
  region: string;
  bus: string;
}

/** The principal a request's caller ARN stands for; an assumed-role session also matches its role. */
export function principalOf(arn: string, accountId: string): RequestPrincipal {
  const session = /^arn:aws[\w-]*:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(arn);
  return session ? { arn, accountId, roleArn: `arn:aws:iam::${session[1]}:role/${session[2]}` } : { arn, accountId };
}

const ALLOW_IDENTITY: NamedPolicy = {
  id: 'identity',
  document: parsePolicyDocument('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'),
};

export type BusDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

/**
 * Whether `principal` may put events on the bus. The same account always may (its identity
 * side is the authorize step's business); another account needs the bus policy to allow it.
 */
export function busAllowsPutEvents(store: Store, scope: BusScopeRef, principal: RequestPrincipal, keys: Record<string, string[]> = {}): BusDecision {
  if (principal.accountId === scope.accountId) return 'allowed';
  const row = store.table(busesTable, scope).get(scope.bus);
  const text = row?.policy;
  if (!text) return 'implicitDeny';
  let policy: NamedPolicy;
  try {
    policy = { id: 'bus policy', document: parsePolicyDocument(text, 'resource') };
  } catch {
    return 'implicitDeny';
  }
  const context = {
    principal,
    action: 'events:PutEvents',
    resource: busArn(scope.region, scope.accountId, scope.bus),
    keys: { 'aws:PrincipalAccount': [principal.accountId], 'aws:PrincipalArn': [principal.roleArn ?? principal.arn], ...keys },
  };
  return evaluate(context, { identity: [ALLOW_IDENTITY], resource: { policy, accountId: scope.accountId } }).decision;
}

/** AWS's denial wording for a cross-account PutEvents the bus policy does not allow. */
export function putEventsDenial(callerArn: string, scope: BusScopeRef, decision: BusDecision): string {
  const resource = busArn(scope.region, scope.accountId, scope.bus || DEFAULT_BUS);
  const why = decision === 'explicitDeny'
    ? 'with an explicit deny in a resource-based policy'
    : 'because no resource-based policy allows the events:PutEvents action';
  return `User: ${callerArn} is not authorized to perform: events:PutEvents on resource: ${resource} ${why}`;
}
