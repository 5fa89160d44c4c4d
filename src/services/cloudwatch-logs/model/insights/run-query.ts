import type { Command, Expr, Named } from './parse-query.js';
import { QueryError } from './parse-query.js';

/** One log event as a query sees it: system fields plus the fields discovered in JSON messages. */
export type Row = Map<string, unknown>;

export interface QueryEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
  logStream: string;
  /** `account:group`, as @log shows it. */
  log: string;
  ptr: string;
}

export interface QueryOutput {
  /** Rows of `{ field, value }`, values as strings, in column order. */
  rows: Array<Array<{ field: string; value: string }>>;
  recordsMatched: number;
}

const DEFAULT_FIELDS = ['@timestamp', '@message'];
const AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max', 'count_distinct']);

/** Runs parsed commands over events (already limited to the query's groups and time range). */
export function runQuery(commands: readonly Command[], events: readonly QueryEvent[], limit = 10_000): QueryOutput {
  // Newest first unless the query sorts (or aggregates), as the console's default sort does.
  let rows: Row[] = events.map(toRow).sort((a, b) => compare(b.get('@timestamp'), a.get('@timestamp')));
  let columns: string[] | undefined;
  let aggregated = false;
  let max = limit;
  for (const command of commands) {
    switch (command.c) {
      case 'fields':
        for (const row of rows) for (const item of command.items) row.set(item.name, evaluate(item.expr, row));
        columns = [...(columns ?? []), ...command.items.map((i) => i.name).filter((n) => !(columns ?? []).includes(n))];
        break;
      case 'display':
        columns = command.names;
        break;
      case 'filter':
        rows = rows.filter((row) => truthy(evaluate(command.expr, row)));
        break;
      case 'parse':
        for (const row of rows) {
          const m = command.pattern.exec(String(row.get(command.field) ?? ''));
          if (!m) continue;
          if (m.groups) for (const [name, value] of Object.entries(m.groups)) row.set(name, value);
          command.names.forEach((name, i) => row.set(name, m[i + 1]));
        }
        break;
      case 'stats':
        rows = stats(rows, command.aggs, command.by);
        columns = [...command.by.map((b) => b.name), ...command.aggs.map((a) => a.name)];
        aggregated = true;
        break;
      case 'sort':
        rows = [...rows].sort((a, b) => {
          for (const key of command.keys) {
            const order = compare(a.get(key.name), b.get(key.name));
            if (order !== 0) return key.desc ? -order : order;
          }
          return 0;
        });
        break;
      case 'limit':
        max = Math.min(max, command.n);
        rows = rows.slice(0, command.n);
        break;
    }
  }
  const shown = columns ?? DEFAULT_FIELDS;
  const out = rows.slice(0, max).map((row) => {
    const fields = shown.filter((f) => row.get(f) !== undefined).map((field) => ({ field, value: format(field, row.get(field)) }));
    if (!aggregated && row.has('@ptr')) fields.push({ field: '@ptr', value: String(row.get('@ptr')) });
    return fields;
  });
  return { rows: out, recordsMatched: aggregated ? events.length : rows.length };
}

function toRow(event: QueryEvent): Row {
  const row: Row = new Map<string, unknown>([
    ['@timestamp', event.timestamp],
    ['@message', event.message],
    ['@ingestionTime', event.ingestionTime],
    ['@logStream', event.logStream],
    ['@log', event.log],
    ['@ptr', event.ptr],
  ]);
  if (event.message.startsWith('{')) {
    try {
      flatten(JSON.parse(event.message), '', row);
    } catch {
      // Not JSON after all: only the system fields.
    }
  }
  return row;
}

function flatten(value: unknown, prefix: string, row: Row): void {
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, row);
  } else if (prefix) {
    row.set(prefix, value);
  }
}

function evaluate(expr: Expr, row: Row): unknown {
  switch (expr.k) {
    case 'field':
      return row.get(expr.name);
    case 'lit':
      return expr.v;
    case 'regex':
      return expr.re;
    case 'star':
      return true;
    case 'not':
      return !truthy(evaluate(expr.e, row));
    case 'in': {
      const value = evaluate(expr.e, row);
      return expr.list.some((item) => compare(value, evaluate(item, row)) === 0);
    }
    case 'call':
      return call(expr.fn, expr.args.map((a) => evaluate(a, row)));
    case 'bin': {
      if (expr.op === 'and') return truthy(evaluate(expr.l, row)) && truthy(evaluate(expr.r, row));
      if (expr.op === 'or') return truthy(evaluate(expr.l, row)) || truthy(evaluate(expr.r, row));
      const left = evaluate(expr.l, row);
      const right = evaluate(expr.r, row);
      if (left === undefined) return false;
      switch (expr.op) {
        case '=':
          return compare(left, right) === 0;
        case '!=':
          return compare(left, right) !== 0;
        case '<':
          return compare(left, right) < 0;
        case '<=':
          return compare(left, right) <= 0;
        case '>':
          return compare(left, right) > 0;
        case '>=':
          return compare(left, right) >= 0;
        case 'like':
        case '=~':
          return right instanceof RegExp ? right.test(String(left)) : String(left).includes(String(right));
        default:
          throw new QueryError(`unknown operator ${expr.op}`);
      }
    }
  }
}

function call(fn: string, args: unknown[]): unknown {
  switch (fn) {
    case 'bin': {
      const period = Number(args[0]);
      if (!(period > 0)) throw new QueryError('bin() needs a period such as 5m');
      return { binOf: period };
    }
    case 'ispresent':
      return args[0] !== undefined;
    case 'tolower':
      return args[0] === undefined ? undefined : String(args[0]).toLowerCase();
    case 'toupper':
      return args[0] === undefined ? undefined : String(args[0]).toUpperCase();
    case 'strlen':
      return args[0] === undefined ? undefined : String(args[0]).length;
    case 'concat':
      return args.map((a) => (a === undefined ? '' : String(a))).join('');
    case 'abs':
      return Math.abs(Number(args[0]));
    default:
      if (AGGREGATES.has(fn)) throw new QueryError(`${fn}() can only be used in stats`);
      throw new QueryError(`unknown function ${fn}()`);
  }
}

/** Groups rows by the `by` expressions (bin() floors @timestamp) and computes each aggregate. */
function stats(rows: Row[], aggs: Named[], by: Named[]): Row[] {
  const groups = new Map<string, { keys: unknown[]; rows: Row[] }>();
  for (const row of rows) {
    const keys = by.map((b) => {
      const value = evaluate(b.expr, row);
      if (typeof value === 'object' && value !== null && 'binOf' in value) {
        const period = (value as { binOf: number }).binOf;
        return { time: Math.floor(Number(row.get('@timestamp')) / period) * period };
      }
      return value;
    });
    const id = JSON.stringify(keys);
    const group = groups.get(id) ?? { keys, rows: [] };
    group.rows.push(row);
    groups.set(id, group);
  }
  if (by.length === 0 && groups.size === 0) groups.set('[]', { keys: [], rows: [] });
  return [...groups.values()].map((group) => {
    const out: Row = new Map();
    by.forEach((b, i) => {
      const key = group.keys[i];
      out.set(b.name, typeof key === 'object' && key !== null && 'time' in key ? { time: (key as { time: number }).time } : key);
    });
    for (const agg of aggs) out.set(agg.name, aggregate(agg.expr, group.rows));
    return out;
  });
}

function aggregate(expr: Expr, rows: Row[]): unknown {
  if (expr.k !== 'call' || !AGGREGATES.has(expr.fn)) throw new QueryError('stats needs aggregate functions such as count(), sum(), avg(), min(), max()');
  const arg = expr.args[0] ?? { k: 'star' };
  const values = rows.map((row) => evaluate(arg, row)).filter((v) => v !== undefined);
  const numbers = values.map(Number).filter((n) => Number.isFinite(n));
  switch (expr.fn) {
    case 'count':
      return values.length;
    case 'count_distinct':
      return new Set(values.map(String)).size;
    case 'sum':
      return numbers.reduce((a, b) => a + b, 0);
    case 'avg':
      return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : undefined;
    case 'min':
      return numbers.length ? Math.min(...numbers) : undefined;
    default:
      return numbers.length ? Math.max(...numbers) : undefined;
  }
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
}

/** Numbers compare as numbers (also when one side is numeric text), everything else as text. */
function compare(a: unknown, b: unknown): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const ta = timeOf(a);
  const tb = timeOf(b);
  const na = ta ?? (typeof a === 'number' ? a : typeof a === 'string' && a.trim() !== '' ? Number(a) : NaN);
  const nb = tb ?? (typeof b === 'number' ? b : typeof b === 'string' && b.trim() !== '' ? Number(b) : NaN);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function timeOf(value: unknown): number | undefined {
  return typeof value === 'object' && value !== null && 'time' in value ? (value as { time: number }).time : undefined;
}

/** Values as AWS returns them: timestamps as `2024-01-02 03:04:05.678`, the rest as text. */
function format(field: string, value: unknown): string {
  const time = timeOf(value);
  if (time !== undefined || field === '@timestamp' || field === '@ingestionTime') {
    return new Date(time ?? Number(value)).toISOString().replace('T', ' ').replace('Z', '');
  }
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
