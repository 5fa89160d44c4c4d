import { isIP } from 'node:net';
import { BlockList } from 'node:net';
import { splitOperator, type ConditionBlock } from './policy-document.js';
import type { RequestContext } from './request-context.js';
import { lookupKey, substituteVariables } from './variables.js';
import { arnMatches, wildcard } from './wildcard.js';

/**
 * A statement's Condition block: every operator and every key must hold (AND); the values
 * listed for one key are alternatives (OR), or for negated operators all must fail (NOR).
 * A key missing from the request makes positive operators false and negated ones true,
 * except `...IfExists` (true) and `Null` (which tests presence itself).
 */
export function conditionsHold(block: ConditionBlock | undefined, context: RequestContext, version: string | undefined): boolean {
  if (!block) return true;
  for (const [operator, keys] of Object.entries(block)) {
    for (const [key, rawValues] of Object.entries(keys)) {
      if (!operatorHolds(operator, key, rawValues, context, version)) return false;
    }
  }
  return true;
}

function operatorHolds(operator: string, key: string, rawValues: string[], context: RequestContext, version: string | undefined): boolean {
  const { set, base, ifExists } = splitOperator(operator);
  const requestValues = lookupKey(context, key);
  const present = requestValues !== undefined && requestValues.length > 0;
  if (base === 'Null') {
    const wantsAbsent = rawValues.some((v) => v.toLowerCase() === 'true');
    return wantsAbsent ? !present : present;
  }
  // Variables in condition values; a value whose variable is missing can never match.
  const policyValues = usesVariables(base)
    ? rawValues.map((v) => substituteVariables(v, context, version)).filter((v): v is string => v !== undefined)
    : rawValues;
  const negated = isNegated(base);
  const holds = (value: string) => positiveMatch(base, value, policyValues) !== negated;
  // ForAllValues is vacuously true on a missing or empty set; ForAnyValue is then false.
  if (set === 'ForAllValues') return !present || requestValues.every(holds);
  if (set === 'ForAnyValue') return present && requestValues.some(holds);
  if (!present) return ifExists || negated;
  const matched = requestValues.some((value) => positiveMatch(base, value, policyValues));
  return negated ? !matched : matched;
}

function usesVariables(base: string): boolean {
  return base.startsWith('String') || base.startsWith('Arn');
}

const NEGATED = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike', 'NumericNotEquals', 'DateNotEquals', 'NotIpAddress', 'ArnNotEquals', 'ArnNotLike']);

function isNegated(base: string): boolean {
  return NEGATED.has(base);
}

/** Whether one request value matches any policy value under the operator's positive form. */
function positiveMatch(base: string, value: string, policyValues: string[]): boolean {
  return policyValues.some((policyValue) => compare(base, value, policyValue));
}

function compare(base: string, value: string, policyValue: string): boolean {
  switch (base) {
    case 'StringEquals':
    case 'StringNotEquals':
      return value === policyValue;
    case 'StringEqualsIgnoreCase':
    case 'StringNotEqualsIgnoreCase':
      return value.toLowerCase() === policyValue.toLowerCase();
    case 'StringLike':
    case 'StringNotLike':
      return wildcard(policyValue, value);
    case 'NumericEquals':
    case 'NumericNotEquals':
      return numeric(value, policyValue, (a, b) => a === b);
    case 'NumericLessThan':
      return numeric(value, policyValue, (a, b) => a < b);
    case 'NumericLessThanEquals':
      return numeric(value, policyValue, (a, b) => a <= b);
    case 'NumericGreaterThan':
      return numeric(value, policyValue, (a, b) => a > b);
    case 'NumericGreaterThanEquals':
      return numeric(value, policyValue, (a, b) => a >= b);
    case 'DateEquals':
    case 'DateNotEquals':
      return date(value, policyValue, (a, b) => a === b);
    case 'DateLessThan':
      return date(value, policyValue, (a, b) => a < b);
    case 'DateLessThanEquals':
      return date(value, policyValue, (a, b) => a <= b);
    case 'DateGreaterThan':
      return date(value, policyValue, (a, b) => a > b);
    case 'DateGreaterThanEquals':
      return date(value, policyValue, (a, b) => a >= b);
    case 'Bool':
      return value.toLowerCase() === policyValue.toLowerCase();
    case 'BinaryEquals':
      return normalizeBase64(value) === normalizeBase64(policyValue);
    case 'IpAddress':
    case 'NotIpAddress':
      return ipInRange(value, policyValue);
    case 'ArnEquals':
    case 'ArnNotEquals':
    case 'ArnLike':
    case 'ArnNotLike':
      return arnMatches(policyValue, value);
    default:
      return false;
  }
}

function numeric(value: string, policyValue: string, test: (a: number, b: number) => boolean): boolean {
  const a = Number(value);
  const b = Number(policyValue);
  return value.trim() !== '' && policyValue.trim() !== '' && Number.isFinite(a) && Number.isFinite(b) && test(a, b);
}

/** Dates are ISO 8601 or epoch seconds, on either side. */
export function parseDate(text: string): number {
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  return Date.parse(text);
}

function date(value: string, policyValue: string, test: (a: number, b: number) => boolean): boolean {
  const a = parseDate(value);
  const b = parseDate(policyValue);
  return Number.isFinite(a) && Number.isFinite(b) && test(a, b);
}

function normalizeBase64(text: string): string {
  return Buffer.from(text, 'base64').toString('base64');
}

function ipInRange(address: string, cidr: string): boolean {
  const family = isIP(address);
  if (!family) return false;
  const [network, bitsText] = cidr.split('/');
  const networkFamily = isIP(network ?? '');
  if (!networkFamily || networkFamily !== family) return false;
  const bits = bitsText === undefined ? (family === 4 ? 32 : 128) : Number(bitsText);
  if (!Number.isInteger(bits)) return false;
  const list = new BlockList();
  const type = family === 4 ? 'ipv4' : 'ipv6';
  list.addSubnet(network!, bits, type);
  return list.check(address, type);
}
