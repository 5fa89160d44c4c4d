import { invalidParameter, validation } from '../errors.js';
import type { AttributeValue } from '../model/attribute-value.js';
import { readAttributeValue } from '../model/read-attribute-value.js';
import type { Comparator, Condition, Operand, Path, UpdateAction } from './ast.js';

/** The pre-expression parameters (Expected, KeyConditions, QueryFilter, ScanFilter, AttributeUpdates), as expression trees. */

export interface LegacyCondition {
  ComparisonOperator?: string;
  AttributeValueList?: unknown[];
  Value?: unknown;
  Exists?: boolean;
}

const COMPARATORS: Record<string, Comparator> = { EQ: '=', NE: '<>', LE: '<=', LT: '<', GE: '>=', GT: '>' };
const ARGUMENT_COUNT: Record<string, number> = {
  EQ: 1, NE: 1, LE: 1, LT: 1, GE: 1, GT: 1, NULL: 0, NOT_NULL: 0, CONTAINS: 1, NOT_CONTAINS: 1, BEGINS_WITH: 1, BETWEEN: 2,
};

function value(raw: unknown): Operand {
  return { kind: 'value', name: '', value: readAttributeValue(raw) };
}

function conditionFor(name: string, spec: LegacyCondition): Condition {
  const path: Operand = { kind: 'path', path: [name] };
  const op = spec.ComparisonOperator;
  if (op === undefined) {
    if (spec.Exists === false) {
      if (spec.Value !== undefined) throw invalidParameter(`Value cannot be used when Exists is false for Attribute: ${name}`);
      return { kind: 'function', name: 'attribute_not_exists', args: [path] };
    }
    if (spec.Value === undefined) throw invalidParameter(`Value must be provided when Exists is ${spec.Exists === true ? 'true' : 'null'} for Attribute: ${name}`);
    return { kind: 'compare', op: '=', left: path, right: value(spec.Value) };
  }
  const list = spec.AttributeValueList ?? (spec.Value !== undefined ? [spec.Value] : []);
  const expected = ARGUMENT_COUNT[op];
  if (op !== 'IN' && expected !== undefined && list.length !== expected) {
    throw invalidParameter(`Invalid number of argument(s) for the ${op} ComparisonOperator`);
  }
  if (op === 'IN' && list.length === 0) throw invalidParameter('Invalid number of argument(s) for the IN ComparisonOperator');
  const args = list.map(value);
  const comparator = COMPARATORS[op];
  if (comparator) return { kind: 'compare', op: comparator, left: path, right: args[0]! };
  switch (op) {
    case 'NULL':
      return { kind: 'function', name: 'attribute_not_exists', args: [path] };
    case 'NOT_NULL':
      return { kind: 'function', name: 'attribute_exists', args: [path] };
    case 'CONTAINS':
      return { kind: 'function', name: 'contains', args: [path, args[0]!] };
    case 'NOT_CONTAINS':
      return { kind: 'not', condition: { kind: 'function', name: 'contains', args: [path, args[0]!] } };
    case 'BEGINS_WITH':
      return { kind: 'function', name: 'begins_with', args: [path, args[0]!] };
    case 'BETWEEN':
      return { kind: 'between', operand: path, low: args[0]!, high: args[1]! };
    case 'IN':
      return { kind: 'in', operand: path, list: args };
    default:
      throw validation(`1 validation error detected: Value '${op}' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]`);
  }
}

/** Expected / QueryFilter / ScanFilter / KeyConditions joined by ConditionalOperator (AND unless OR). */
export function legacyCondition(conditions: Record<string, LegacyCondition> | undefined, operator?: string): Condition | undefined {
  if (conditions === undefined) return undefined;
  const parts = Object.entries(conditions).map(([name, spec]) => conditionFor(name, spec));
  if (parts.length === 0) return undefined;
  return parts.reduce((left, right) => ({ kind: operator === 'OR' ? 'or' : 'and', left, right }));
}

export interface LegacyUpdate {
  Value?: unknown;
  Action?: 'PUT' | 'ADD' | 'DELETE';
}

/** AttributeUpdates: PUT sets, DELETE removes (or takes members out of a set), ADD adds numbers and sets or appends to a list. */
export function legacyUpdate(updates: Record<string, LegacyUpdate>): UpdateAction[] {
  return Object.entries(updates).map(([name, spec]): UpdateAction => {
    const path: Path = [name];
    const action = spec.Action ?? 'PUT';
    if (action === 'DELETE') {
      if (spec.Value === undefined) return { kind: 'REMOVE', path };
      const v = value(spec.Value);
      if (v.kind === 'value' && !('SS' in v.value || 'NS' in v.value || 'BS' in v.value)) {
        throw invalidParameter('DELETE action with value is not supported for the type ' + Object.keys(v.value)[0]);
      }
      return { kind: 'DELETE', path, value: v };
    }
    if (spec.Value === undefined) throw invalidParameter(`Only DELETE action is allowed when no attribute value is specified`);
    const v = value(spec.Value) as Operand & { kind: 'value' };
    if (action === 'PUT') return { kind: 'SET', path, value: v };
    if ('L' in v.value) {
      const empty: AttributeValue = { L: [] };
      return { kind: 'SET', path, value: { kind: 'list_append', left: { kind: 'if_not_exists', path, fallback: { kind: 'value', name: '', value: empty } }, right: v } };
    }
    if (!('N' in v.value || 'SS' in v.value || 'NS' in v.value || 'BS' in v.value)) {
      throw invalidParameter(`ADD action is not supported for the type ${Object.keys(v.value)[0]}`);
    }
    return { kind: 'ADD', path, value: v };
  });
}
