/**
 * IAM's policy grammar: a JSON document parsed into statements with every element in list
 * form, or a `PolicyGrammarError` carrying the message AWS's MalformedPolicyDocument uses.
 */
export type Effect = 'Allow' | 'Deny';

/** `Principal` / `NotPrincipal`: `"*"` or a map of kind (AWS, Service, Federated, CanonicalUser) to values. */
export type PrincipalBlock = '*' | Record<string, string[]>;

/** Operator (with any ForAllValues:/ForAnyValue: prefix and IfExists suffix) -> key -> values. */
export type ConditionBlock = Record<string, Record<string, string[]>>;

export interface Statement {
  Sid?: string;
  Effect: Effect;
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Principal?: PrincipalBlock;
  NotPrincipal?: PrincipalBlock;
  Condition?: ConditionBlock;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: Statement[];
}

/** What the document is for decides which elements it must and must not have. */
export type PolicyKind = 'identity' | 'resource' | 'trust';

export class PolicyGrammarError extends Error {}

const STATEMENT_FIELDS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition']);
const VERSIONS = new Set(['2008-10-17', '2012-10-17']);

export function parsePolicyDocument(text: string, kind: PolicyKind = 'identity'): PolicyDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new PolicyGrammarError('Syntax errors in policy.');
  }
  if (!isObject(raw)) throw new PolicyGrammarError('Syntax errors in policy.');
  for (const field of Object.keys(raw)) {
    if (!['Version', 'Id', 'Statement'].includes(field)) throw new PolicyGrammarError(`Unknown field ${field}`);
  }
  if (raw.Version !== undefined && (typeof raw.Version !== 'string' || !VERSIONS.has(raw.Version))) {
    throw new PolicyGrammarError('The policy failed legacy parsing');
  }
  if (raw.Statement === undefined) throw new PolicyGrammarError('Missing required field Statement');
  const statements = Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement];
  if (statements.length === 0) throw new PolicyGrammarError('Missing required field Statement');
  const seenSids = new Set<string>();
  const parsed = statements.map((s) => parseStatement(s, kind, seenSids));
  const document: PolicyDocument = { Statement: parsed };
  if (typeof raw.Version === 'string') document.Version = raw.Version;
  if (typeof raw.Id === 'string') document.Id = raw.Id;
  return document;
}

function parseStatement(raw: unknown, kind: PolicyKind, seenSids: Set<string>): Statement {
  if (!isObject(raw)) throw new PolicyGrammarError('Syntax errors in policy.');
  for (const field of Object.keys(raw)) {
    if (!STATEMENT_FIELDS.has(field)) throw new PolicyGrammarError(`Unknown field ${field}`);
  }
  if (raw.Effect === undefined) throw new PolicyGrammarError('Missing required field Effect');
  if (raw.Effect !== 'Allow' && raw.Effect !== 'Deny') throw new PolicyGrammarError(`Invalid effect: ${String(raw.Effect)}`);
  const statement: Statement = { Effect: raw.Effect };
  if (raw.Sid !== undefined) {
    if (typeof raw.Sid !== 'string') throw new PolicyGrammarError('Syntax errors in policy.');
    if (raw.Sid !== '' && seenSids.has(raw.Sid)) throw new PolicyGrammarError('Statement IDs (SID) in a single policy must be unique');
    seenSids.add(raw.Sid);
    statement.Sid = raw.Sid;
  }
  if (raw.Action !== undefined && raw.NotAction !== undefined) throw new PolicyGrammarError('Syntax errors in policy.');
  if (raw.Resource !== undefined && raw.NotResource !== undefined) throw new PolicyGrammarError('Syntax errors in policy.');
  if (raw.Principal !== undefined && raw.NotPrincipal !== undefined) throw new PolicyGrammarError('Syntax errors in policy.');
  if (raw.Action === undefined && raw.NotAction === undefined) throw new PolicyGrammarError('Policy statement must contain actions.');
  if (raw.Action !== undefined) statement.Action = actions(raw.Action);
  if (raw.NotAction !== undefined) statement.NotAction = actions(raw.NotAction);

  const hasPrincipal = raw.Principal !== undefined || raw.NotPrincipal !== undefined;
  if (kind === 'identity' && hasPrincipal) throw new PolicyGrammarError('Policy document should not specify a principal.');
  if (kind !== 'identity' && !hasPrincipal) throw new PolicyGrammarError('Missing required field Principal');
  if (raw.Principal !== undefined) statement.Principal = principal(raw.Principal);
  if (raw.NotPrincipal !== undefined) statement.NotPrincipal = principal(raw.NotPrincipal);

  if (raw.Resource === undefined && raw.NotResource === undefined) {
    // Trust policies name no resource: the role is the resource.
    if (kind === 'identity') throw new PolicyGrammarError('Policy statement must contain resources.');
  }
  if (raw.Resource !== undefined) statement.Resource = resources(raw.Resource);
  if (raw.NotResource !== undefined) statement.NotResource = resources(raw.NotResource);
  if (raw.Condition !== undefined) statement.Condition = condition(raw.Condition);
  return statement;
}

function stringList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((v) => typeof v !== 'string')) throw new PolicyGrammarError('Syntax errors in policy.');
  return list as string[];
}

function actions(value: unknown): string[] {
  const list = stringList(value);
  for (const action of list) {
    if (action !== '*' && !/^[A-Za-z0-9_*?-]+:[A-Za-z0-9_*?-]*$/.test(action)) {
      throw new PolicyGrammarError('Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.');
    }
  }
  return list;
}

function resources(value: unknown): string[] {
  const list = stringList(value);
  for (const resource of list) {
    if (resource !== '*' && !resource.startsWith('arn:')) throw new PolicyGrammarError(`Resource ${resource} must be in ARN format or "*".`);
    if (resource.startsWith('arn:') && resource.split(':').length < 6) throw new PolicyGrammarError(`Resource ${resource} must be in ARN format or "*".`);
  }
  return list;
}

const PRINCIPAL_KINDS = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);

function principal(value: unknown): PrincipalBlock {
  if (value === '*') return '*';
  if (!isObject(value)) throw new PolicyGrammarError('Invalid principal in policy');
  const block: Record<string, string[]> = {};
  for (const [kind, values] of Object.entries(value)) {
    if (!PRINCIPAL_KINDS.has(kind)) throw new PolicyGrammarError(`Invalid principal in policy: "${kind}"`);
    block[kind] = stringList(values);
  }
  return block;
}

function condition(value: unknown): ConditionBlock {
  if (!isObject(value)) throw new PolicyGrammarError('Syntax errors in policy.');
  const block: ConditionBlock = {};
  for (const [operator, keys] of Object.entries(value)) {
    if (!isKnownOperator(operator)) throw new PolicyGrammarError(`Invalid Condition type : ${operator}`);
    if (!isObject(keys)) throw new PolicyGrammarError('Syntax errors in policy.');
    block[operator] = {};
    for (const [key, values] of Object.entries(keys)) {
      const list = Array.isArray(values) ? values : [values];
      if (list.some((v) => typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) {
        throw new PolicyGrammarError('Syntax errors in policy.');
      }
      block[operator]![key] = list.map(String);
    }
  }
  return block;
}

export const BASE_OPERATORS = new Set([
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
]);

export function splitOperator(operator: string): { set?: 'ForAllValues' | 'ForAnyValue'; base: string; ifExists: boolean } {
  let rest = operator;
  let set: 'ForAllValues' | 'ForAnyValue' | undefined;
  for (const prefix of ['ForAllValues', 'ForAnyValue'] as const) {
    if (rest.startsWith(`${prefix}:`)) {
      set = prefix;
      rest = rest.slice(prefix.length + 1);
    }
  }
  const ifExists = rest.endsWith('IfExists') && rest !== 'IfExists';
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  return { set, base: rest, ifExists };
}

function isKnownOperator(operator: string): boolean {
  const { base, ifExists } = splitOperator(operator);
  return BASE_OPERATORS.has(base) && !(ifExists && base === 'Null');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
