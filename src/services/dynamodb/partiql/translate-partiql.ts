import type { OperationContext } from '../../define-service.js';
import { validation } from '../errors.js';
import { findIndex, hashKeyOf, rangeKeyOf, requireTable } from '../model/tables.js';
import type { PathSegment, PqCondition, PqOperand, PqStatement, WireValue } from './partiql-ast.js';
import { malformed } from './tokenize-partiql.js';

/** A statement as the DynamoDB operation that runs it, with its expression members filled in. */
export type Translated =
  | { kind: 'query' | 'scan'; table: string; input: Record<string, unknown> }
  | { kind: 'get' | 'put' | 'update' | 'delete'; table: string; input: Record<string, unknown> };

/** Builds expression text with `#n`/`:v` placeholders, so reserved words and any value are safe. */
class Placeholders {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, WireValue> = {};
  private readonly byName = new Map<string, string>();
  private count = 0;

  name(n: string): string {
    let p = this.byName.get(n);
    if (!p) {
      p = `#n${this.byName.size}`;
      this.byName.set(n, p);
      this.names[p] = n;
    }
    return p;
  }

  value(v: WireValue): string {
    const p = `:v${this.count++}`;
    this.values[p] = v;
    return p;
  }

  path(path: PathSegment[]): string {
    return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i > 0 ? '.' : ''}${this.name(s)}`)).join('');
  }

  operand(o: PqOperand): string {
    switch (o.kind) {
      case 'path':
        return this.path(o.path);
      case 'value':
        return this.value(o.value);
      case 'arith':
        return `${this.operand(o.left)} ${o.op} ${this.operand(o.right)}`;
      case 'call':
        if (!['list_append', 'size', 'if_not_exists'].includes(o.name)) throw malformed(`Unsupported function ${o.name}`);
        return `${o.name}(${o.args.map((a) => this.operand(a)).join(', ')})`;
    }
  }

  condition(c: PqCondition): string {
    switch (c.kind) {
      case 'compare':
        return `${this.operand(c.left)} ${c.op} ${this.operand(c.right)}`;
      case 'between':
        return `${this.operand(c.operand)} BETWEEN ${this.operand(c.low)} AND ${this.operand(c.high)}`;
      case 'in':
        return `${this.operand(c.operand)} IN (${c.list.map((o) => this.operand(o)).join(', ')})`;
      case 'missing':
        return `${c.negated ? 'attribute_exists' : 'attribute_not_exists'}(${this.path(c.path)})`;
      case 'call':
        if (!['begins_with', 'contains', 'attribute_type'].includes(c.name)) throw malformed(`Unsupported function ${c.name}`);
        return `${c.name}(${c.args.map((a) => this.operand(a)).join(', ')})`;
      case 'and':
      case 'or':
        return `(${this.condition(c.left)}) ${c.kind.toUpperCase()} (${this.condition(c.right)})`;
      case 'not':
        return `NOT (${this.condition(c.condition)})`;
    }
  }

  members(): Record<string, unknown> {
    return {
      ...(Object.keys(this.names).length > 0 ? { ExpressionAttributeNames: this.names } : {}),
      ...(Object.keys(this.values).length > 0 ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}

function conjuncts(c: PqCondition | undefined): PqCondition[] {
  if (!c) return [];
  return c.kind === 'and' ? [...conjuncts(c.left), ...conjuncts(c.right)] : [c];
}

function and(parts: string[]): string | undefined {
  return parts.length === 0 ? undefined : parts.map((p) => `(${p})`).join(' AND ');
}

/** `attr = value` (either way round) on a top-level attribute: its value, else undefined. */
function equalityOn(c: PqCondition, attribute: string): WireValue | undefined {
  if (c.kind !== 'compare' || c.op !== '=') return undefined;
  const [path, value] = c.left.kind === 'path' ? [c.left, c.right] : [c.right, c.left];
  if (path.kind !== 'path' || value.kind !== 'value' || path.path.length !== 1 || path.path[0] !== attribute) return undefined;
  return value.value;
}

/** Whether a condition only constrains the sort key, so it can be part of a key condition. */
function isRangeCondition(c: PqCondition, range: string): boolean {
  const onRange = (o: PqOperand) => o.kind === 'path' && o.path.length === 1 && o.path[0] === range;
  const isValue = (o: PqOperand) => o.kind === 'value';
  if (c.kind === 'compare') return c.op !== '<>' && ((onRange(c.left) && isValue(c.right)) || (onRange(c.right) && isValue(c.left)));
  if (c.kind === 'between') return onRange(c.operand) && isValue(c.low) && isValue(c.high);
  if (c.kind === 'call') return c.name === 'begins_with' && c.args.length === 2 && onRange(c.args[0]!) && isValue(c.args[1]!);
  return false;
}

/** The full primary key from a WHERE clause (equalities on every key attribute), and the remaining conditions. */
function keyAndRest(where: PqCondition | undefined, keyNames: string[]): { key: Record<string, WireValue>; rest: PqCondition[] } {
  const parts = conjuncts(where);
  const key: Record<string, WireValue> = {};
  const rest: PqCondition[] = [];
  for (const part of parts) {
    const name = keyNames.find((k) => key[k] === undefined && equalityOn(part, k) !== undefined);
    if (name !== undefined) key[name] = equalityOn(part, name)!;
    else rest.push(part);
  }
  if (keyNames.some((k) => key[k] === undefined)) {
    throw validation('Where clause does not contain a mandatory equality on all key attributes');
  }
  return { key, rest };
}

/**
 * Turns a parsed statement into the operation input that runs it. `singleRead` asks for a
 * SELECT naming one item by its full key (batches and transactions), which becomes GetItem.
 */
export function translatePartiql(ctx: OperationContext, s: PqStatement, options: { singleRead?: boolean } = {}): Translated {
  const table = requireTable(ctx, s.table);
  const keyNames = [hashKeyOf(table.keySchema), ...(rangeKeyOf(table.keySchema) ? [rangeKeyOf(table.keySchema)!] : [])];
  const p = new Placeholders();
  if (s.kind === 'insert') {
    const condition = `attribute_not_exists(${p.name(keyNames[0]!)})`;
    return { kind: 'put', table: table.name, input: { TableName: table.name, Item: s.item.M, ConditionExpression: condition, ...p.members() } };
  }
  if (s.kind === 'select' && !options.singleRead) {
    const projection = s.projection?.map((path) => p.path(path)).join(', ');
    const index = s.index === undefined ? undefined : findIndex(table, s.index);
    if (s.index !== undefined && !index) throw validation(`The table does not have the specified index: ${s.index}`);
    const schema = index?.index.keySchema ?? table.keySchema;
    const hash = hashKeyOf(schema);
    const range = rangeKeyOf(schema);
    const parts = conjuncts(s.where);
    const hashPart = parts.find((c) => equalityOn(c, hash) !== undefined);
    const common = {
      TableName: table.name,
      ...(s.index !== undefined ? { IndexName: s.index } : {}),
      ...(projection ? { ProjectionExpression: projection } : {}),
    };
    if (hashPart) {
      const rangePart = range === undefined ? undefined : parts.find((c) => c !== hashPart && isRangeCondition(c, range));
      const keyCondition = and([p.condition(hashPart), ...(rangePart ? [p.condition(rangePart)] : [])])!;
      const filter = and(parts.filter((c) => c !== hashPart && c !== rangePart).map((c) => p.condition(c)));
      return {
        kind: 'query',
        table: table.name,
        input: { ...common, KeyConditionExpression: keyCondition, ...(filter ? { FilterExpression: filter } : {}), ...(s.descending ? { ScanIndexForward: false } : {}), ...p.members() },
      };
    }
    if (s.descending) throw validation('Must have WHERE clause in the statement when using ORDER BY clause.');
    return { kind: 'scan', table: table.name, input: { ...common, ...(s.where ? { FilterExpression: p.condition(s.where) } : {}), ...p.members() } };
  }
  const { key, rest } = keyAndRest(s.where, keyNames);
  if (s.kind === 'select') {
    if (rest.length > 0 || s.index !== undefined) throw validation('Where clause does not contain a mandatory equality on all key attributes');
    const projection = s.projection?.map((path) => p.path(path)).join(', ');
    return { kind: 'get', table: table.name, input: { TableName: table.name, Key: key, ...(projection ? { ProjectionExpression: projection } : {}), ...p.members() } };
  }
  if (s.kind === 'delete') {
    const condition = and(rest.map((c) => p.condition(c)));
    return { kind: 'delete', table: table.name, input: { TableName: table.name, Key: key, ...(condition ? { ConditionExpression: condition } : {}), ...(s.returning ? { ReturnValues: s.returning } : {}), ...p.members() } };
  }
  // UPDATE changes an existing item only: its key must exist.
  const condition = and([`attribute_exists(${p.name(keyNames[0]!)})`, ...rest.map((c) => p.condition(c))])!;
  const sets: string[] = [];
  const adds: string[] = [];
  const deletes: string[] = [];
  for (const { path, value } of s.set) {
    if (value.kind === 'call' && (value.name === 'set_add' || value.name === 'set_delete')) {
      const [target, members] = value.args;
      if (target?.kind !== 'path' || members === undefined || target.path.join('.') !== path.join('.')) throw malformed(`${value.name} must name the attribute it sets`);
      (value.name === 'set_add' ? adds : deletes).push(`${p.path(path)} ${p.operand(members)}`);
    } else sets.push(`${p.path(path)} = ${p.operand(value)}`);
  }
  const clauses = [
    sets.length > 0 ? `SET ${sets.join(', ')}` : '',
    s.remove.length > 0 ? `REMOVE ${s.remove.map((r) => p.path(r)).join(', ')}` : '',
    adds.length > 0 ? `ADD ${adds.join(', ')}` : '',
    deletes.length > 0 ? `DELETE ${deletes.join(', ')}` : '',
  ].filter((c) => c !== '');
  return {
    kind: 'update',
    table: table.name,
    input: { TableName: table.name, Key: key, UpdateExpression: clauses.join(' '), ConditionExpression: condition, ...(s.returning ? { ReturnValues: s.returning } : {}), ...p.members() },
  };
}
