import { keyRange } from './key-range.js';
import type { RecordStatements, TableAddress } from './record-statements.js';
import type { ListOptions, Row, ScopedTable } from './types.js';

/** One table seen from one scope; a thin binding of the address to shared statements. */
export class SqliteTable<T> implements ScopedTable<T> {
  private readonly address: TableAddress;

  constructor(
    private readonly statements: RecordStatements,
    service: string,
    table: string,
    scope: string,
  ) {
    this.address = [service, table, scope];
  }

  get(key: string): T | undefined {
    const text = this.statements.get.get(...this.address, key);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  has(key: string): boolean {
    return this.statements.has.get(...this.address, key) !== undefined;
  }

  put(key: string, value: T): void {
    const text = JSON.stringify(value);
    if (text === undefined) throw new TypeError(`store: cannot put ${typeof value} at key ${JSON.stringify(key)}; values must be JSON`);
    this.statements.put.run(...this.address, key, text);
  }

  delete(key: string): boolean {
    return this.statements.delete.run(...this.address, key).changes > 0;
  }

  list(options: ListOptions = {}): Row<T>[] {
    if (options.limit !== undefined && options.limit <= 0) return [];
    const rows = this.statements.list(this.address, keyRange(options), options.limit, options.reverse === true);
    return rows.map((row) => ({ key: row.key, value: JSON.parse(row.value) as T }));
  }

  count(options: Pick<ListOptions, 'prefix' | 'start' | 'end'> = {}): number {
    return this.statements.count(this.address, keyRange(options));
  }

  deleteRange(options: Pick<ListOptions, 'prefix' | 'start' | 'end'> = {}): number {
    return this.statements.deleteRange(this.address, keyRange(options));
  }
}
