import { BlockList, isIP } from 'node:net';
import { isObject, type FilterPolicy, type FilterPolicyScope } from './filter-policy-validate.js';

/** A message attribute as SNS carries it (DataType String, String.Array, Number, Binary). */
export interface AttributeValue {
  DataType: string;
  StringValue?: string;
  BinaryValue?: Uint8Array;
}

/** A field's candidate values, or undefined when the field is absent. */
type Values = unknown[] | undefined;

/**
 * Whether a message passes a subscription's (already validated) filter policy: on its message
 * attributes, or on its JSON body (a body that is not a JSON object matches nothing).
 */
export function matchesFilterPolicy(
  policy: FilterPolicy,
  scope: FilterPolicyScope,
  message: string,
  attributes: Record<string, AttributeValue> | undefined,
): boolean {
  if (scope === 'MessageBody') {
    let body: unknown;
    try {
      body = JSON.parse(message);
    } catch {
      return false;
    }
    return isObject(body) && matchObject(policy, (key) => bodyValues(body[key]), (key) => (isObject(body[key]) ? body[key] : undefined));
  }
  return matchObject(policy, (key) => attributeValues(attributes?.[key]), () => undefined);
}

function matchObject(
  policy: FilterPolicy,
  valuesOf: (key: string) => Values,
  childOf: (key: string) => Record<string, unknown> | undefined,
): boolean {
  for (const [key, rules] of Object.entries(policy)) {
    if (key === '$or') {
      if (!(rules as FilterPolicy[]).some((branch) => matchObject(branch, valuesOf, childOf))) return false;
    } else if (Array.isArray(rules)) {
      if (!rules.some((rule) => matchRule(rule, valuesOf(key)))) return false;
    } else if (isObject(rules)) {
      const child = childOf(key);
      const ok = matchObject(
        rules,
        (k) => (child ? bodyValues(child[k]) : undefined),
        (k) => (child && isObject(child[k]) ? child[k] : undefined),
      );
      if (!ok) return false;
    }
  }
  return true;
}

function bodyValues(value: unknown): Values {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.filter((v) => !isObject(v) && !Array.isArray(v));
  // An object is not a leaf: only `exists` can say anything about it.
  if (isObject(value)) return [];
  return [value];
}

function attributeValues(attribute: AttributeValue | undefined): Values {
  if (!attribute) return undefined;
  const type = attribute.DataType.split('.')[0];
  if (attribute.DataType.startsWith('String.Array')) {
    try {
      const parsed: unknown = JSON.parse(attribute.StringValue ?? '');
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  }
  if (type === 'Number') return [Number(attribute.StringValue)];
  if (type === 'String') return [attribute.StringValue ?? ''];
  return []; // Binary: present, but nothing to compare
}

function matchRule(rule: unknown, values: Values): boolean {
  if (isObject(rule) && 'exists' in rule) return rule.exists === (values !== undefined);
  if (values === undefined) return false;
  return values.some((value) => matchValue(rule, value));
}

function matchValue(rule: unknown, value: unknown): boolean {
  if (!isObject(rule)) return rule === value;
  const [operator, operand] = Object.entries(rule)[0]!;
  switch (operator) {
    case 'prefix':
      return typeof value === 'string' && (isObject(operand) ? value.toLowerCase().startsWith(String(operand['equals-ignore-case']).toLowerCase()) : value.startsWith(operand as string));
    case 'suffix':
      return typeof value === 'string' && (isObject(operand) ? value.toLowerCase().endsWith(String(operand['equals-ignore-case']).toLowerCase()) : value.endsWith(operand as string));
    case 'equals-ignore-case':
      return typeof value === 'string' && value.toLowerCase() === (operand as string).toLowerCase();
    case 'anything-but':
      return anythingBut(operand, value);
    case 'numeric':
      return typeof value === 'number' && numeric(operand as unknown[], value);
    case 'cidr':
      return typeof value === 'string' && inCidr(operand as string, value);
    default:
      return false;
  }
}

function anythingBut(operand: unknown, value: unknown): boolean {
  if (isObject(operand)) {
    if (typeof value !== 'string') return false;
    const [kind, pattern] = Object.entries(operand)[0] as [string, string];
    if (kind === 'prefix') return !value.startsWith(pattern);
    if (kind === 'suffix') return !value.endsWith(pattern);
    return value.toLowerCase() !== pattern.toLowerCase();
  }
  const excluded = Array.isArray(operand) ? operand : [operand];
  return !excluded.includes(value);
}

function numeric(terms: unknown[], value: number): boolean {
  for (let i = 0; i < terms.length; i += 2) {
    const bound = terms[i + 1] as number;
    switch (terms[i]) {
      case '=': if (!(value === bound)) return false; break;
      case '>': if (!(value > bound)) return false; break;
      case '>=': if (!(value >= bound)) return false; break;
      case '<': if (!(value < bound)) return false; break;
      case '<=': if (!(value <= bound)) return false; break;
      default: return false;
    }
  }
  return true;
}

const cidrCache = new Map<string, BlockList>();

function inCidr(cidr: string, value: string): boolean {
  const family = isIP(value);
  if (!family) return false;
  let list = cidrCache.get(cidr);
  if (!list) {
    const [address, bits] = cidr.split('/') as [string, string];
    list = new BlockList();
    list.addSubnet(address, Number(bits), isIP(address) === 6 ? 'ipv6' : 'ipv4');
    if (cidrCache.size > 1000) cidrCache.clear();
    cidrCache.set(cidr, list);
  }
  return list.check(value, family === 6 ? 'ipv6' : 'ipv4');
}
