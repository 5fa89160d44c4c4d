import { validation } from '../errors.js';
import { addDecimals, checkRange } from '../model/number.js';
import { cloneValue, decimalOf, numberValue, setHas, type AttributeMap, type AttributeValue } from '../model/attribute-value.js';
import type { Operand, Path, UpdateAction } from './ast.js';
import { getPath, removePath, setPath } from './document-path.js';

function wrongType(): Error {
  return validation('An operand in the update expression has an incorrect data type');
}

function missing(): Error {
  return validation('The provided expression refers to an attribute that does not exist in the item');
}

/** A SET value, computed against the item as it was before the update (as DynamoDB does). */
function setValue(operand: Operand, item: AttributeMap): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return operand.value;
    case 'path': {
      const v = getPath(item, operand.path);
      if (v === undefined) throw missing();
      return v;
    }
    case 'if_not_exists':
      return getPath(item, operand.path) ?? setValue(operand.fallback, item);
    case 'list_append': {
      const left = setValue(operand.left, item);
      const right = setValue(operand.right, item);
      if (!('L' in left) || !('L' in right)) throw wrongType();
      return { L: [...left.L, ...right.L] };
    }
    case 'arithmetic': {
      const left = setValue(operand.left, item);
      const right = setValue(operand.right, item);
      if (!('N' in left) || !('N' in right)) throw wrongType();
      return numberResult(addDecimals(decimalOf(left), decimalOf(right), operand.op === '-'));
    }
    case 'size':
      throw wrongType();
  }
}

function numberResult(d: ReturnType<typeof addDecimals>): AttributeValue {
  const checked = checkRange(d);
  if (checked === 'overflow') throw validation('Number overflow. Attempting to store a number with magnitude larger than supported range');
  if (checked === 'underflow') throw validation('Number underflow. Attempting to store a number with magnitude smaller than supported range');
  if (typeof checked === 'string') throw validation('Attempting to store more than 38 significant digits in a Number');
  return numberValue(checked);
}

function addTo(existing: AttributeValue | undefined, value: AttributeValue): AttributeValue {
  if (existing === undefined) return value;
  if ('N' in value) {
    if (!('N' in existing)) throw wrongType();
    return numberResult(addDecimals(decimalOf(existing), decimalOf(value)));
  }
  for (const type of ['SS', 'NS', 'BS'] as const) {
    if (type in value) {
      if (!(type in existing)) throw wrongType();
      const current = (existing as Record<string, string[]>)[type]!;
      const added = (value as Record<string, string[]>)[type]!.filter((m) => !setHas(type, current, m));
      return { [type]: [...current, ...added] } as AttributeValue;
    }
  }
  throw wrongType();
}

function deleteFrom(existing: AttributeValue, value: AttributeValue): AttributeValue | undefined {
  for (const type of ['SS', 'NS', 'BS'] as const) {
    if (type in value) {
      if (!(type in existing)) throw wrongType();
      const removed = (value as Record<string, string[]>)[type]!;
      const left = (existing as Record<string, string[]>)[type]!.filter((m) => !setHas(type, removed, m));
      return left.length === 0 ? undefined : ({ [type]: left } as AttributeValue);
    }
  }
  throw wrongType();
}

/**
 * Applies update actions to a copy of the item. Every operand is read from the original
 * item first; list elements are removed highest index first so indexes mean the original.
 */
export function applyUpdate(actions: UpdateAction[], original: AttributeMap): AttributeMap {
  const item = cloneValue(original);
  const sets = actions.flatMap((a) => (a.kind === 'SET' ? [{ path: a.path, value: setValue(a.value, original) }] : []));
  for (const { path, value } of sets) setPath(item, path, cloneValue(value));
  const removes = actions.filter((a) => a.kind === 'REMOVE').map((a) => a.path);
  removes.sort((a, b) => compareForRemoval(b, a));
  for (const path of removes) removePath(item, path);
  for (const action of actions) {
    if (action.kind !== 'ADD' && action.kind !== 'DELETE') continue;
    const value = (action.value as Operand & { kind: 'value' }).value;
    const existing = getPath(item, action.path);
    if (action.kind === 'ADD') {
      setPath(item, action.path, cloneValue(addTo(existing, value)));
    } else if (existing !== undefined) {
      const left = deleteFrom(existing, value);
      if (left === undefined) removePath(item, action.path);
      else setPath(item, action.path, left);
    }
  }
  return item;
}

function compareForRemoval(a: Path, b: Path): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
