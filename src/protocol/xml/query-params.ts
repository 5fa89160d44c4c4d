import type { Shape } from '../../model/index.js';
import { memberLocationName } from './member-names.js';
import { ScalarFormatError, textToScalar } from './scalars.js';

/**
 * The flat `A.B.member.1=x` parameters of the query and ec2 protocols, read back into the
 * input shape. The two protocols differ only in how members and list items are named.
 */
export type QueryDialect = 'query' | 'ec2';

interface ParamNode {
  value?: string;
  children: Map<string, ParamNode>;
}

/** Thrown for a parameter whose value does not fit its shape; protocols map it to their error. */
export class QueryParamError extends Error {
  constructor(readonly parameter: string, readonly value: string, readonly expected: string) {
    super(`Value (${value}) for parameter ${parameter} is invalid. Expected ${expected}.`);
  }
}

/** Builds the input structure from decoded form parameters (Action and Version included; they are ignored). */
export function readQueryParams(params: Iterable<[string, string]>, shape: Shape, dialect: QueryDialect): Record<string, unknown> {
  const root: ParamNode = { children: new Map() };
  for (const [key, value] of params) {
    let node = root;
    for (const part of key.split('.')) {
      let child = node.children.get(part);
      if (!child) {
        child = { children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    // The first occurrence wins, as AWS's front ends do with repeated keys.
    if (node.value === undefined) node.value = value;
  }
  return readStructure(root, shape, dialect, '');
}

function readStructure(node: ParamNode, shape: Shape, dialect: QueryDialect, path: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [memberName, member] of Object.entries(shape.members ?? {})) {
    let key = memberKey(member, memberName, dialect);
    let child = node.children.get(key);
    // Older clients name a flattened list after its member's locationName.
    const itemName = member.type === 'list' && member.flattened ? member.member?.locationName : undefined;
    if (!child && itemName !== undefined && dialect === 'query') {
      key = itemName;
      child = node.children.get(key);
    }
    if (!child) continue;
    const value = readValue(child, member, dialect, path ? `${path}.${key}` : key);
    if (value !== undefined) result[memberName] = value;
  }
  return result;
}

function memberKey(member: Shape, memberName: string, dialect: QueryDialect): string {
  const locationName = memberLocationName(member);
  if (dialect === 'ec2') return member.queryName ?? capitalize(locationName ?? memberName);
  return locationName ?? memberName;
}

function readValue(node: ParamNode, shape: Shape, dialect: QueryDialect, path: string): unknown {
  switch (shape.type) {
    case 'structure':
      return node.children.size > 0 ? readStructure(node, shape, dialect, path) : undefined;
    case 'list': {
      // `List=` is how a query client says "empty list".
      if (node.children.size === 0) return node.value === '' ? [] : undefined;
      const itemsNode = dialect === 'query' && !shape.flattened ? node.children.get(shape.member?.locationName ?? 'member') : node;
      if (!itemsNode) return [];
      const itemPath = itemsNode === node ? path : `${path}.${shape.member?.locationName ?? 'member'}`;
      return indexed(itemsNode)
        .map(([index, item]) => readValue(item, shape.member!, dialect, `${itemPath}.${index}`))
        .filter((item) => item !== undefined);
    }
    case 'map': {
      if (node.children.size === 0) return node.value === '' ? {} : undefined;
      const entriesNode = shape.flattened ? node : node.children.get('entry');
      const map: Record<string, unknown> = {};
      if (!entriesNode) return map;
      const keyName = shape.key?.locationName ?? 'key';
      const valueName = shape.value?.locationName ?? 'value';
      for (const [index, entry] of indexed(entriesNode)) {
        const key = entry.children.get(keyName)?.value;
        const valueNode = entry.children.get(valueName);
        if (key === undefined || !valueNode) continue;
        const value = readValue(valueNode, shape.value!, dialect, `${path}.${index}.${valueName}`);
        if (value !== undefined) map[key] = value;
      }
      return map;
    }
    default:
      if (node.value === undefined) return undefined;
      try {
        return textToScalar(node.value, shape, 'iso8601');
      } catch (error) {
        if (error instanceof ScalarFormatError) throw new QueryParamError(path, node.value, error.expected);
        throw error;
      }
  }
}

/** Children whose names are 1-based indexes, in index order. */
function indexed(node: ParamNode): Array<[number, ParamNode]> {
  const items: Array<[number, ParamNode]> = [];
  for (const [name, child] of node.children) {
    if (/^[1-9]\d*$/.test(name)) items.push([Number(name), child]);
  }
  return items.sort((a, b) => a[0] - b[0]);
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
