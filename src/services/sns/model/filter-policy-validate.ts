import { isIP } from 'node:net';
import { invalidParameter } from '../errors.js';

export type FilterPolicyScope = 'MessageAttributes' | 'MessageBody';

/** A parsed filter policy: keys to rule lists, nested objects (body scope) or `$or` branches. */
export type FilterPolicy = { [key: string]: unknown };

const MAX_POLICY_BYTES = 256 * 1024;
const MAX_KEYS = 5;
const MAX_COMBINATIONS = 150;
const NUMERIC_LIMIT = 1e9;

/**
 * Parses and checks a filter policy the way SNS does before storing it. `prefix` is what AWS
 * puts before the rule errors: `Invalid parameter: Attributes Reason: ` from Subscribe,
 * `Invalid parameter: ` from SetSubscriptionAttributes.
 */
export function validateFilterPolicy(text: string, scope: FilterPolicyScope, prefix: string): FilterPolicy {
  const fail = (message: string) => invalidParameter(`${prefix}FilterPolicy: ${message}`);
  if (Buffer.byteLength(text, 'utf8') > MAX_POLICY_BYTES) throw invalidParameter('Invalid parameter: FilterPolicy: Filter policy is too long');
  let policy: unknown;
  try {
    policy = JSON.parse(text);
  } catch {
    throw fail('failed to parse JSON.');
  }
  if (!isObject(policy)) throw fail('Filter policy must be a JSON object');
  // An empty policy matches everything; SNS accepts "{}" and treats it as no policy.
  if (Object.keys(policy).length === 0) return policy;
  const branches = expand(policy, scope, fail, 0);
  for (const branch of branches) {
    if (branch.length > MAX_KEYS) throw invalidParameter('Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys');
  }
  const combinations = branches.reduce((sum, branch) => sum + branch.reduce((product, rules) => product * rules.length, 1), 0);
  if (combinations > MAX_COMBINATIONS) throw invalidParameter('Invalid parameter: FilterPolicy: Filter policy is too complex');
  for (const branch of branches) for (const rules of branch) for (const rule of rules) validateRule(rule, fail);
  return policy;
}

/**
 * The policy as a list of conjunctions (one per `$or` choice), each a list of leaf rule lists,
 * which is how AWS counts keys and combinations.
 */
function expand(policy: FilterPolicy, scope: FilterPolicyScope, fail: (m: string) => Error, depth: number): unknown[][][] {
  let branches: unknown[][][] = [[]];
  for (const [key, value] of Object.entries(policy)) {
    let options: unknown[][][];
    if (key === '$or') {
      if (!Array.isArray(value) || value.length < 2 || !value.every(isObject)) throw fail('Or relationship must be an array of at least 2 objects');
      options = value.flatMap((branch) => expand(branch as FilterPolicy, scope, fail, depth));
    } else if (Array.isArray(value)) {
      if (value.length === 0) throw fail('Empty arrays are not allowed');
      options = [[value]];
    } else if (isObject(value)) {
      if (scope === 'MessageAttributes') throw invalidParameter('Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy');
      options = expand(value, scope, fail, depth + 1);
    } else {
      throw fail(`"${key}" must be an object or an array`);
    }
    branches = branches.flatMap((branch) => options.map((option) => [...branch, ...option]));
  }
  return branches;
}

function validateRule(rule: unknown, fail: (m: string) => Error): void {
  if (rule === null || typeof rule === 'string' || typeof rule === 'boolean') return;
  if (typeof rule === 'number') {
    if (Math.abs(rule) >= NUMERIC_LIMIT) throw fail(`Numeric match value must be smaller than 1E9, got ${rule}`);
    return;
  }
  if (!isObject(rule)) throw fail('Match value must be String, number, true, false, or null');
  const entries = Object.entries(rule);
  if (entries.length !== 1) throw fail('Only one key allowed in match expression');
  const [operator, value] = entries[0]!;
  switch (operator) {
    case 'prefix':
    case 'suffix':
      if (isObject(value) && Object.keys(value).length === 1 && typeof value['equals-ignore-case'] === 'string') return;
      if (typeof value !== 'string') throw fail(`${operator} match pattern must be a string`);
      return;
    case 'equals-ignore-case':
      if (typeof value !== 'string') throw fail(`${operator} match pattern must be a string`);
      return;
    case 'exists':
      if (typeof value !== 'boolean') throw fail('exists match pattern must be either true or false.');
      return;
    case 'anything-but':
      validateAnythingBut(value, fail);
      return;
    case 'numeric':
      validateNumeric(value, fail);
      return;
    case 'cidr':
      validateCidr(value, fail);
      return;
    default:
      throw fail(`Unrecognized match type ${operator}`);
  }
}

function validateAnythingBut(value: unknown, fail: (m: string) => Error): void {
  if (Array.isArray(value)) {
    if (value.length === 0) throw fail('Empty arrays are not allowed');
    const kinds = new Set(value.map((v) => typeof v));
    if (kinds.size > 1 || !(kinds.has('string') || kinds.has('number'))) throw fail('Inside anything but list, start|null|boolean is not supported.');
    return;
  }
  if (isObject(value)) {
    const [inner, pattern, ...rest] = Object.entries(value).flat();
    if (rest.length || (inner !== 'prefix' && inner !== 'suffix' && inner !== 'equals-ignore-case')) {
      throw fail(`Unsupported anything-but pattern: ${String(inner)}`);
    }
    if (typeof pattern !== 'string') throw fail(`${String(inner)} match pattern must be a string`);
    return;
  }
  if (typeof value === 'string' || typeof value === 'number') return;
  throw fail('Inside anything but list, start|null|boolean is not supported.');
}

const LOWER = new Set(['>', '>=']);
const UPPER = new Set(['<', '<=']);
const NUMERIC_OPERATORS = new Set(['=', '>', '>=', '<', '<=']);

function validateNumeric(value: unknown, fail: (m: string) => Error): void {
  if (!Array.isArray(value) || value.length === 0) throw fail('Value of numeric must be an array.');
  const [operator, operand, second, secondOperand, ...rest] = value as unknown[];
  if (typeof operator !== 'string' || !NUMERIC_OPERATORS.has(operator)) throw fail(`Unrecognized numeric range operator: ${String(operator)}`);
  const name = (op: string) => (op === '=' ? 'equals' : op);
  if (typeof operand !== 'number') throw fail(`Value of ${name(operator)} must be numeric`);
  if (Math.abs(operand) >= NUMERIC_LIMIT) throw fail(`Numeric match value must be smaller than 1E9, got ${operand}`);
  if (value.length === 2) return;
  if (!LOWER.has(operator)) throw fail('Too many elements in numeric expression');
  if (typeof second !== 'string') throw fail(`Bad value in numeric range: ${String(second)}`);
  if (!UPPER.has(second)) throw fail(`Bad numeric range operator: ${second}`);
  if (typeof secondOperand !== 'number') throw fail(`Value of ${name(second)} must be numeric`);
  if (Math.abs(secondOperand) >= NUMERIC_LIMIT) throw fail(`Numeric match value must be smaller than 1E9, got ${secondOperand}`);
  if (secondOperand <= operand) throw fail('Bottom must be less than top');
  if (rest.length) throw fail('Too many terms in numeric range expression');
}

function validateCidr(value: unknown, fail: (m: string) => Error): void {
  if (typeof value !== 'string') throw fail('prefix match pattern must be a string');
  const [address, bits, ...rest] = value.split('/');
  if (bits === undefined || rest.length) throw fail("Malformed CIDR, one '/' required");
  const family = isIP(address ?? '');
  const max = family === 4 ? 32 : 128;
  if (!family || !/^\d{1,3}$/.test(bits) || Number(bits) > max) throw fail(`Nonstandard IP address: ${address ?? ''}`);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
