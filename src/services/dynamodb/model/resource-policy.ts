import { AwsError } from '../../../shared/aws-error.js';
import { evaluate, parsePolicyDocument, PolicyGrammarError, type PolicyDocument, type ResourcePolicyAnswer, type ResourcePolicyRequest } from '../../../policy/index.js';
import { defineTable, type Store } from '../../../store/types.js';
import type { Caller } from '../../define-service.js';
import { invalidParameter, resourceNotFound, tableNotFound, validation } from '../errors.js';
import { streamsTable, tablesTable, type TableRecord } from '../store.js';
import type { ItemsContext } from './streams.js';

/**
 * Resource-based policies of tables and streams. A row is keyed `<table>` for the table's policy
 * and `<table>/stream/<label>` for a stream's (each its own slot with its own RevisionId, as in
 * DynamoDB); `policy` is the canonical text GetResourcePolicy returns, `fingerprint` what makes
 * a re-put of an equivalent document a no-op keeping its RevisionId. The rows go with the table
 * (`dropTable`). Kumo applies a change at once: AWS's seconds of read lag and its 15-second
 * window between two changes are not modelled.
 */
export interface ResourcePolicyRow {
  policy: string;
  fingerprint: string;
  revisionId: string;
}

export const resourcePoliciesTable = defineTable<ResourcePolicyRow>({ service: 'dynamodb', name: 'resource-policies', scope: 'region' });

export const MAX_POLICY_BYTES = 20480;

export interface PolicyTarget {
  /** The row key: `<table>` or `<table>/stream/<label>`. */
  key: string;
  arn: string;
  table: TableRecord;
}

export function policyNotFound(detail: string): AwsError {
  return new AwsError('PolicyNotFoundException', `Resource-based policy not found for the provided ResourceArn: ${detail}`);
}

/** A ResourceArn for the policy operations: a table or stream of this account and region that exists. */
export function policyTarget(ctx: ItemsContext, resourceArn: string | undefined): PolicyTarget {
  const arn = resourceArn ?? '';
  if (!arn.startsWith('arn:')) throw invalidParameter(`ARNs must start with 'arn:': ${arn}`);
  const parts = arn.split(':');
  if (parts.length < 6 || parts[2] !== 'dynamodb' || !parts[5]!.startsWith('table/')) {
    throw invalidParameter(`Provided Arn is not a DynamoDB resource arn: ${arn}`);
  }
  if (parts[4] !== ctx.accountId) throw validation('This action is only supported by accounts that match the resource owner’s account.');
  if (parts[1] !== 'aws' || parts[3] !== ctx.region) throw invalidParameter(`Invalid resource Arn: ${arn}`);
  const path = parts.slice(5).join(':').split('/');
  const name = path[1] ?? '';
  if (path.length === 4 && path[2] === 'index') {
    throw invalidParameter(`Invalid resource arn provided, only table or stream is accepted. Provided resource arn: ${arn}`);
  }
  if (name === '' || (path.length !== 2 && !(path.length === 4 && path[2] === 'stream'))) {
    throw invalidParameter(`Provided Arn is not a DynamoDB resource arn: ${arn}`);
  }
  const table = ctx.table(tablesTable).get(name);
  if (!table) throw tableNotFound(name);
  if (path.length === 2) return { key: name, arn, table };
  const label = path[3]!;
  if (!ctx.table(streamsTable).get(`${name}/${label}`)) {
    throw resourceNotFound(`Requested resource not found: Stream: ${label} not found for Table: ${name}`);
  }
  return { key: `${name}/stream/${label}`, arn, table };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A one-element list reads back as its element, as DynamoDB returns policies. */
function single(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

function canonicalPrincipal(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [kind, raw] of Object.entries(value)) {
    const list = (Array.isArray(raw) ? raw : [raw]).map((p) => (kind === 'AWS' && typeof p === 'string' && /^\d{12}$/.test(p) ? `arn:aws:iam::${p}:root` : p));
    out[kind] = single([...new Set(list)]);
  }
  return out;
}

const STATEMENT_ORDER = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];

function canonicalStatement(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const out: Record<string, unknown> = {};
  const keys = [...STATEMENT_ORDER.filter((k) => k in raw), ...Object.keys(raw).filter((k) => !STATEMENT_ORDER.includes(k))];
  for (const key of keys) {
    const value = raw[key];
    if (key === 'Effect' && typeof value === 'string') out[key] = value.toLowerCase() === 'allow' ? 'Allow' : value.toLowerCase() === 'deny' ? 'Deny' : value;
    else if (key === 'Principal' || key === 'NotPrincipal') out[key] = canonicalPrincipal(value);
    else if (key === 'Action' || key === 'NotAction' || key === 'Resource' || key === 'NotResource') out[key] = single(value);
    else if (key === 'Condition' && isRecord(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([op, block]) => [op, isRecord(block) ? Object.fromEntries(Object.entries(block).map(([k, v]) => [k, single(v)])) : block]));
    } else out[key] = value;
  }
  return out;
}

function invalidDocument(detail: string): AwsError {
  return invalidParameter(`Invalid policy document: ${detail}`);
}

/** Statements that allow every principal with no condition: DynamoDB's block-public-access check refuses them. */
function grantsUnbounded(document: PolicyDocument): boolean {
  return document.Statement.some((s) => {
    if (s.Effect !== 'Allow' || s.Condition !== undefined || s.Principal === undefined) return false;
    return s.Principal === '*' || (s.Principal.AWS ?? []).includes('*');
  });
}

export interface CheckedPolicy {
  policy: string;
  fingerprint: string;
  document: PolicyDocument;
}

/** Validates a policy document as PutResourcePolicy does and returns its canonical form. */
export function checkPolicy(text: string | undefined): CheckedPolicy {
  const raw = text ?? '';
  if (Buffer.byteLength(raw, 'utf8') > MAX_POLICY_BYTES) throw invalidParameter(`Maximum policy size of ${MAX_POLICY_BYTES} bytes exceeded`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidDocument('This policy contains invalid Json');
  }
  if (!isRecord(parsed)) throw invalidDocument('This policy contains invalid Json');
  const statements = parsed.Statement === undefined ? [] : Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
  if (statements.length === 0) throw invalidDocument('Could not parse the policy: Statement is empty!');
  const sids = statements.map((s) => (isRecord(s) && typeof s.Sid === 'string' ? s.Sid : undefined)).filter((s) => s !== undefined && s !== '');
  if (new Set(sids).size !== sids.length) throw invalidDocument('The Statement Ids in the policy are not unique');
  for (const s of statements) {
    if (isRecord(s) && s.Resource === undefined && s.NotResource === undefined) throw invalidDocument('Missing required field Resource');
  }
  const body: Record<string, unknown> = { ...(parsed.Id !== undefined ? { Id: parsed.Id } : {}), Statement: statements.map(canonicalStatement) };
  // A document sent without Version reads back as 2008-10-17, yet is not the same document for idempotency.
  const fingerprint = JSON.stringify({ ...(parsed.Version !== undefined ? { Version: parsed.Version } : {}), ...body });
  const policy = JSON.stringify({ Version: parsed.Version ?? '2008-10-17', ...body });
  let document: PolicyDocument;
  try {
    document = parsePolicyDocument(policy, 'resource');
  } catch (error) {
    if (error instanceof PolicyGrammarError) throw invalidDocument(error.message);
    throw error;
  }
  if (grantsUnbounded(document)) {
    throw validation('Resource-based policy grants unbounded access in one or more elements. Please revise the policy to ensure least-privilege form of access');
  }
  return { policy, fingerprint, document };
}

/**
 * DynamoDB refuses a policy that would deny the caller PutResourcePolicy from then on, unless
 * ConfirmRemoveSelfResourceAccess is set: the new document is evaluated for the caller.
 */
export function checkSelfLockout(caller: Caller, accountId: string, resourceArn: string, document: PolicyDocument, confirmed: boolean | undefined): void {
  if (confirmed) return;
  const session = /^arn:aws[a-z-]*:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(caller.arn);
  const roleArn = session ? `arn:aws:iam::${session[1]}:role/${session[2]}` : undefined;
  const result = evaluate(
    {
      principal: { arn: caller.arn, accountId: caller.accountId || accountId, ...(roleArn ? { roleArn } : {}) },
      action: 'dynamodb:PutResourcePolicy',
      resource: resourceArn,
      keys: { 'aws:PrincipalArn': [roleArn ?? caller.arn], 'aws:PrincipalAccount': [caller.accountId || accountId] },
    },
    { identity: [], resource: { policy: { id: 'new resource policy', document }, accountId } },
  );
  if (result.decision === 'explicitDeny') {
    throw new AwsError('AccessDeniedException', 'The new resource policy will not allow you to update the resource policy in the future.');
  }
}

/** Revision ids are the change time in epoch milliseconds, kept increasing within one slot. */
export function nextRevisionId(nowMs: number, previous?: string): string {
  const last = previous === undefined ? 0 : Number(previous);
  return String(Math.max(nowMs, Number.isFinite(last) ? last + 1 : nowMs));
}

/** The ExpectedRevisionId check shared by Put and Delete. */
export function checkExpectedRevision(target: PolicyTarget, current: ResourcePolicyRow | undefined, expected: string | undefined): void {
  if (expected === undefined) return;
  if (expected === 'NO_POLICY') {
    if (current) throw policyNotFound(`Requested policy update expecting none to be present for table ${target.table.name}, but a policy exists with revision id ${current.revisionId}.`);
    return;
  }
  if (!current) throw policyNotFound(target.arn);
  if (current.revisionId !== expected) {
    throw policyNotFound(`Requested update for policy with revision id ${expected}, but the policy associated to target table ${target.table.name} has revision id ${current.revisionId}.`);
  }
}

/** Deletes a table's policy and its streams' policies (DeleteTable, through dropTable). */
export function dropResourcePolicies(ctx: ItemsContext, tableName: string): void {
  const rows = ctx.table(resourcePoliciesTable);
  rows.delete(tableName);
  rows.deleteRange({ prefix: `${tableName}/` });
}

/**
 * The authorize step's view of a table's or stream's policy (an index ARN falls under its
 * table's policy, as DynamoDB documents).
 */
export function dynamodbResourcePolicy(request: ResourcePolicyRequest): ResourcePolicyAnswer | undefined {
  const match = /^arn:aws[a-z-]*:dynamodb:([a-z0-9-]+):(\d{12}):table\/([^/]+)(\/stream\/[^/]+)?/.exec(request.resourceArn);
  if (!match) return undefined;
  const [, region, accountId, name, stream] = match;
  const row = (request.store as Store).table(resourcePoliciesTable, { accountId: accountId!, region: region! }).get(`${name}${stream ?? ''}`);
  return row ? { policy: row.policy, accountId: accountId! } : undefined;
}
