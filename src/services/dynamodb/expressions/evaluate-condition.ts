import { compareScalars, equalValues, setHas, typeOf, type AttributeMap, type AttributeValue } from '../model/attribute-value.js';
import type { Condition, Operand } from './ast.js';
import { getPath } from './document-path.js';

/** An operand's value against an item; undefined when it names a missing attribute. */
export function operandValue(operand: Operand, item: AttributeMap): AttributeValue | undefined {
  switch (operand.kind) {
    case 'path':
      return getPath(item, operand.path);
    case 'value':
      return operand.value;
    case 'size': {
      const v = getPath(item, operand.path);
      const n = v === undefined ? undefined : sizeOf(v);
      return n === undefined ? undefined : { N: String(n) };
    }
    default:
      // if_not_exists, list_append and arithmetic exist only in update expressions.
      return undefined;
  }
}

/** size(): characters of a string, bytes of a binary, members of a set, list or map. */
function sizeOf(value: AttributeValue): number | undefined {
  if ('S' in value) return [...value.S].length;
  if ('B' in value) return Buffer.byteLength(value.B, 'base64');
  if ('SS' in value) return value.SS.length;
  if ('NS' in value) return value.NS.length;
  if ('BS' in value) return value.BS.length;
  if ('L' in value) return value.L.length;
  if ('M' in value) return Object.keys(value.M).length;
  return undefined;
}

function compare(op: string, a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  if (op === '=') return a !== undefined && b !== undefined && equalValues(a, b);
  if (op === '<>') return a === undefined || b === undefined || !equalValues(a, b);
  if (a === undefined || b === undefined) return false;
  const order = compareScalars(a, b);
  if (order === undefined) return false;
  switch (op) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
}

function contains(haystack: AttributeValue | undefined, needle: AttributeValue | undefined): boolean {
  if (haystack === undefined || needle === undefined) return false;
  if ('S' in haystack) return 'S' in needle && haystack.S.includes(needle.S);
  if ('B' in haystack) return 'B' in needle && Buffer.from(haystack.B, 'base64').includes(Buffer.from(needle.B, 'base64'));
  if ('SS' in haystack) return 'S' in needle && setHas('SS', haystack.SS, needle.S);
  if ('NS' in haystack) return 'N' in needle && setHas('NS', haystack.NS, needle.N);
  if ('BS' in haystack) return 'B' in needle && setHas('BS', haystack.BS, needle.B);
  if ('L' in haystack) return haystack.L.some((v) => equalValues(v, needle));
  return false;
}

function beginsWith(value: AttributeValue | undefined, prefix: AttributeValue | undefined): boolean {
  if (value === undefined || prefix === undefined) return false;
  if ('S' in value && 'S' in prefix) return value.S.startsWith(prefix.S);
  if ('B' in value && 'B' in prefix) {
    const bytes = Buffer.from(value.B, 'base64');
    const start = Buffer.from(prefix.B, 'base64');
    return bytes.subarray(0, start.length).equals(start);
  }
  return false;
}

/** Evaluates a condition against an item (an empty map when the item does not exist). */
export function evaluateCondition(condition: Condition, item: AttributeMap): boolean {
  switch (condition.kind) {
    case 'and':
      return evaluateCondition(condition.left, item) && evaluateCondition(condition.right, item);
    case 'or':
      return evaluateCondition(condition.left, item) || evaluateCondition(condition.right, item);
    case 'not':
      return !evaluateCondition(condition.condition, item);
    case 'compare':
      return compare(condition.op, operandValue(condition.left, item), operandValue(condition.right, item));
    case 'between': {
      const v = operandValue(condition.operand, item);
      return compare('>=', v, operandValue(condition.low, item)) && compare('<=', v, operandValue(condition.high, item));
    }
    case 'in': {
      const v = operandValue(condition.operand, item);
      return v !== undefined && condition.list.some((o) => compare('=', v, operandValue(o, item)));
    }
    case 'function': {
      const [first, second] = condition.args.map((a) => operandValue(a, item));
      switch (condition.name) {
        case 'attribute_exists':
          return first !== undefined;
        case 'attribute_not_exists':
          return first === undefined;
        case 'attribute_type':
          return first !== undefined && second !== undefined && 'S' in second && typeOf(first) === second.S;
        case 'begins_with':
          return beginsWith(first, second);
        case 'contains':
          return contains(first, second);
      }
    }
  }
}
