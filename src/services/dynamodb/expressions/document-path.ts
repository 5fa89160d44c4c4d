import { validation } from '../errors.js';
import type { AttributeMap, AttributeValue } from '../model/attribute-value.js';
import type { Path } from './ast.js';

/** The value at a path, or undefined when any step is missing or of the wrong kind. */
export function getPath(item: AttributeMap, path: Path): AttributeValue | undefined {
  let current: AttributeValue | undefined = item[path[0] as string];
  for (let i = 1; i < path.length && current !== undefined; i++) {
    const step = path[i]!;
    if (typeof step === 'number') current = 'L' in current ? current.L[step] : undefined;
    else current = 'M' in current && Object.prototype.hasOwnProperty.call(current.M, step) ? current.M[step] : undefined;
  }
  return current;
}

function invalidPath(): Error {
  return validation('The document path provided in the update expression is invalid for update');
}

/** SET: the parent must exist; an index past a list's end appends. */
export function setPath(item: AttributeMap, path: Path, value: AttributeValue): void {
  if (path.length === 1) {
    Object.defineProperty(item, path[0] as string, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  const parent = getPath(item, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (parent === undefined) throw invalidPath();
  if (typeof last === 'number') {
    if (!('L' in parent)) throw invalidPath();
    if (last >= parent.L.length) parent.L.push(value);
    else parent.L[last] = value;
  } else {
    if (!('M' in parent)) throw invalidPath();
    Object.defineProperty(parent.M, last, { value, enumerable: true, writable: true, configurable: true });
  }
}

/** REMOVE: a missing path is a no-op; removing a list element shifts the rest down. */
export function removePath(item: AttributeMap, path: Path): void {
  if (path.length === 1) {
    delete item[path[0] as string];
    return;
  }
  const parent = getPath(item, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (parent === undefined) return;
  if (typeof last === 'number') {
    if (!('L' in parent)) throw invalidPath();
    if (last < parent.L.length) parent.L.splice(last, 1);
  } else {
    if (!('M' in parent)) throw invalidPath();
    delete parent.M[last];
  }
}
