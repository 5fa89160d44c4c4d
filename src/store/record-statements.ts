import type { Database, Statement } from 'better-sqlite3';
import type { KeyRange } from './key-range.js';

/** What identifies one table in one scope: the first three primary key columns. */
export type TableAddress = readonly [service: string, table: string, scope: string];

type RangeOperation = 'list' | 'count' | 'delete';

/**
 * The prepared statements of the records table, shared by every table and scope (the address
 * is bound, not baked in), so the hot paths (get, put) never compile SQL.
 */
export class RecordStatements {
  readonly get: Statement<[string, string, string, string], string>;
  readonly has: Statement<[string, string, string, string], number>;
  readonly put: Statement<[string, string, string, string, string]>;
  readonly delete: Statement<[string, string, string, string]>;
  private readonly ranged = new Map<string, Statement>();

  constructor(private readonly db: Database) {
    const where = 'service = ? AND tbl = ? AND scope = ? AND key = ?';
    this.get = db.prepare<[string, string, string, string], string>(`SELECT value FROM records WHERE ${where}`).pluck();
    this.has = db.prepare<[string, string, string, string], number>(`SELECT 1 FROM records WHERE ${where}`).pluck();
    this.put = db.prepare(
      `INSERT INTO records (service, tbl, scope, key, value) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (service, tbl, scope, key) DO UPDATE SET value = excluded.value`,
    );
    this.delete = db.prepare(`DELETE FROM records WHERE ${where}`);
  }

  list(address: TableAddress, range: KeyRange, limit: number | undefined, reverse: boolean): Array<{ key: string; value: string }> {
    const statement = this.rangeStatement('list', range, reverse);
    const rows = statement.all(...address, ...rangeParameters(range), limit ?? -1);
    return rows as Array<{ key: string; value: string }>;
  }

  count(address: TableAddress, range: KeyRange): number {
    return this.rangeStatement('count', range, false).get(...address, ...rangeParameters(range)) as number;
  }

  deleteRange(address: TableAddress, range: KeyRange): number {
    return this.rangeStatement('delete', range, false).run(...address, ...rangeParameters(range)).changes;
  }

  /** At most 3 lower x 2 upper x 2 orders x 3 operations = 36 statements, compiled on first use. */
  private rangeStatement(operation: RangeOperation, range: KeyRange, reverse: boolean): Statement {
    const lower = range.lower === undefined ? '' : range.lower.inclusive ? '>=' : '>';
    const upper = range.upper === undefined ? '' : '<';
    const cacheKey = `${operation}|${lower}|${upper}|${reverse ? 'desc' : 'asc'}`;
    let statement = this.ranged.get(cacheKey);
    if (statement === undefined) {
      let where = 'service = ? AND tbl = ? AND scope = ?';
      if (lower) where += ` AND key ${lower} ?`;
      if (upper) where += ' AND key < ?';
      const sql =
        operation === 'list'
          ? `SELECT key, value FROM records WHERE ${where} ORDER BY key ${reverse ? 'DESC' : 'ASC'} LIMIT ?`
          : operation === 'count'
            ? `SELECT count(*) FROM records WHERE ${where}`
            : `DELETE FROM records WHERE ${where}`;
      statement = this.db.prepare(sql);
      if (operation === 'count') statement.pluck();
      this.ranged.set(cacheKey, statement);
    }
    return statement;
  }
}

function rangeParameters(range: KeyRange): string[] {
  const parameters: string[] = [];
  if (range.lower !== undefined) parameters.push(range.lower.key);
  if (range.upper !== undefined) parameters.push(range.upper);
  return parameters;
}
