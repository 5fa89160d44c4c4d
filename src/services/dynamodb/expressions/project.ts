import type { AttributeMap, AttributeValue } from '../model/attribute-value.js';
import type { Path } from './ast.js';

interface Tree {
  children: Map<string | number, Tree>;
  whole: boolean;
}

function buildTree(paths: Path[]): Tree {
  const root: Tree = { children: new Map(), whole: false };
  for (const path of paths) {
    let node = root;
    for (const step of path) {
      let child = node.children.get(step);
      if (!child) node.children.set(step, (child = { children: new Map(), whole: false }));
      node = child;
    }
    node.whole = true;
  }
  return root;
}

function projectValue(value: AttributeValue, tree: Tree): AttributeValue | undefined {
  if (tree.whole) return value;
  if ('M' in value) {
    const out: AttributeMap = {};
    for (const [step, child] of tree.children) {
      if (typeof step !== 'string' || !Object.prototype.hasOwnProperty.call(value.M, step)) continue;
      const v = projectValue(value.M[step]!, child);
      if (v !== undefined) out[step] = v;
    }
    return Object.keys(out).length > 0 ? { M: out } : undefined;
  }
  if ('L' in value) {
    const indexes = [...tree.children.keys()].filter((k): k is number => typeof k === 'number').sort((a, b) => a - b);
    const out: AttributeValue[] = [];
    for (const index of indexes) {
      const element = value.L[index];
      const v = element === undefined ? undefined : projectValue(element, tree.children.get(index)!);
      if (v !== undefined) out.push(v);
    }
    return out.length > 0 ? { L: out } : undefined;
  }
  return undefined;
}

/** The item with only the given paths; list elements picked by index are compacted, in index order. */
export function projectItem(item: AttributeMap, paths: Path[]): AttributeMap {
  const tree = buildTree(paths);
  const out: AttributeMap = {};
  for (const [step, child] of tree.children) {
    const value = item[step as string];
    if (value === undefined) continue;
    const v = projectValue(value, child);
    if (v !== undefined) out[step as string] = v;
  }
  return out;
}
