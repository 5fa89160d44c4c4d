import type { CompiledPattern, FieldRule } from './compile-pattern.js';
import { matchesValue, type Matcher, type Scalar } from './matchers.js';

interface Pending {
  rest: string[];
  matchers: Matcher[];
}

/** Whether an event (parsed JSON) matches a compiled pattern: any `$or` branch whose fields all match. */
export function matchPattern(pattern: CompiledPattern, event: unknown): boolean {
  return pattern.some((fields) => matchFields(fields.map(pending), event));
}

const pending = (field: FieldRule): Pending => ({ rest: field.path, matchers: field.matchers });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every field below this point of the event matches; a value that is not an object has none of them. */
function matchFields(fields: Pending[], value: unknown): boolean {
  const byKey = new Map<string, Pending[]>();
  for (const field of fields) {
    const key = field.rest[0]!;
    const group = byKey.get(key) ?? [];
    group.push({ rest: field.rest.slice(1), matchers: field.matchers });
    byKey.set(key, group);
  }
  for (const [key, group] of byKey) {
    const child = isObject(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
    if (!matchChild(group, child)) return false;
  }
  return true;
}

/**
 * Leaves test the child's scalar values (every element of an array); deeper fields must all
 * match inside one element of an array of objects, as AWS keeps array members together.
 */
function matchChild(group: Pending[], child: unknown): boolean {
  const leaves = group.filter((g) => g.rest.length === 0);
  const deeper = group.filter((g) => g.rest.length > 0);
  const elements = Array.isArray(child) ? flatten(child) : child === undefined ? [] : [child];
  if (leaves.length > 0) {
    const scalars = elements.filter((e): e is Scalar => e === null || typeof e !== 'object');
    if (!leaves.every((leaf) => leafMatches(leaf.matchers, scalars))) return false;
  }
  if (deeper.length > 0) {
    if (elements.length === 0) return matchFields(deeper, undefined);
    return elements.some((element) => matchFields(deeper, element));
  }
  return true;
}

function leafMatches(matchers: Matcher[], values: Scalar[]): boolean {
  if (values.length === 0) return matchers.some((m) => m.kind === 'exists' && !m.exists);
  return values.some((value) => matchers.some((m) => matchesValue(m, value)));
}

function flatten(values: unknown[]): unknown[] {
  return values.flatMap((v) => (Array.isArray(v) ? flatten(v) : [v]));
}
