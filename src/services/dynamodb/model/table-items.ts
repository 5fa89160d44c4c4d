import type { ScopedTable } from '../../../store/types.js';
import { invalidParameter, validation } from '../errors.js';
import { equalValues, typeOf, type AttributeMap, type AttributeValue } from './attribute-value.js';
import { writeUnits, type Consumption } from './capacity.js';
import { itemSize, MAX_ITEM_SIZE } from './item-size.js';
import { keyComponent, partitionPrefix } from './key-encoding.js';
import { readAttributeMap } from './read-attribute-value.js';
import { hashKeyOf, keyType, rangeKeyOf } from './tables.js';
import { recordChange, type ItemsContext } from './streams.js';
import { queueKinesisChange } from './kinesis-outbox.js';
import { ttlDue } from './ttl.js';
import { replicateWrite } from './replicas.js';
import { indexEntriesTable, itemsTable, pitrLogTable, ttlDueTable, type IndexRecord, type ItemRow, type TableRecord } from '../store.js';

/** One index as the item layer needs it: its key attributes and which attributes it carries. */
interface IndexView {
  record: IndexRecord;
  kind: 'global' | 'local';
  hash: string;
  range?: string;
  prefix: string;
}

/**
 * A table's items and index entries in the store. Every write goes through `write`, which
 * keeps each index's entries in step inside the caller's transaction.
 */
export class TableItems {
  readonly hash: string;
  readonly range?: string;
  readonly items: ScopedTable<ItemRow>;
  readonly entries: ScopedTable<ItemRow>;
  readonly indexes: IndexView[];
  readonly prefix: string;

  /** `isReplication`: this write came from another replica, so it is not replicated again. */
  constructor(
    readonly ctx: ItemsContext,
    readonly table: TableRecord,
    private readonly isReplication = false,
  ) {
    this.hash = hashKeyOf(table.keySchema);
    this.range = rangeKeyOf(table.keySchema);
    this.items = ctx.table(itemsTable);
    this.entries = ctx.table(indexEntriesTable);
    this.prefix = `${table.name}/`;
    const view = (record: IndexRecord, kind: 'global' | 'local'): IndexView => ({
      record,
      kind,
      hash: hashKeyOf(record.keySchema),
      range: rangeKeyOf(record.keySchema),
      prefix: `${table.name}/${record.name}/`,
    });
    this.indexes = [...table.gsis.map((i) => view(i, 'global')), ...table.lsis.map((i) => view(i, 'local'))];
  }

  /** The store key of an item (or key) whose key attributes were checked. */
  storeKey(item: AttributeMap): string {
    const sk = this.range === undefined ? '' : keyComponent(item[this.range]!);
    return this.prefix + partitionPrefix(item[this.hash]!) + sk;
  }

  /** The table key attributes of an item. */
  keyOf(item: AttributeMap): AttributeMap {
    const key: AttributeMap = { [this.hash]: item[this.hash]! };
    if (this.range !== undefined) key[this.range] = item[this.range]!;
    return key;
  }

  /** A `Key` parameter: exactly the key attributes, of the declared types. */
  readKey(raw: unknown): AttributeMap {
    const key = readAttributeMap(raw);
    const names = Object.keys(key);
    const expected = this.range === undefined ? [this.hash] : [this.hash, this.range];
    if (names.length !== expected.length || !expected.every((n) => key[n] !== undefined && typeOf(key[n]!) === keyType(this.table, n))) {
      throw validation('The provided key element does not match the schema');
    }
    for (const name of expected) checkNotEmpty(key[name]!, name);
    return key;
  }

  /** A whole item (PutItem, or the result of an update): keys present and typed, index keys typed, size. */
  checkItem(item: AttributeMap, fromUpdate = false): void {
    for (const name of this.range === undefined ? [this.hash] : [this.hash, this.range]) {
      const value = item[name];
      if (value === undefined) throw invalidParameter(`Missing the key ${name} in the item`);
      const expected = keyType(this.table, name);
      if (typeOf(value) !== expected) throw invalidParameter(`Type mismatch for key ${name} expected: ${expected} actual: ${typeOf(value)}`);
      checkNotEmpty(value, name);
    }
    for (const index of this.indexes) {
      for (const name of index.range === undefined ? [index.hash] : [index.hash, index.range]) {
        const value = item[name];
        if (value === undefined) continue;
        const expected = keyType(this.table, name);
        if (typeOf(value) !== expected) {
          throw invalidParameter(`Type mismatch for Index Key ${name} Expected: ${expected} Actual: ${typeOf(value)} IndexName: ${index.record.name}`);
        }
        if (('S' in value && value.S === '') || ('B' in value && value.B === '')) {
          throw validation(
            `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty ${'S' in value ? 'string' : 'binary'} value. IndexName: ${index.record.name}, IndexKey: ${name}`,
          );
        }
      }
    }
    if (itemSize(item) > MAX_ITEM_SIZE) {
      throw validation(fromUpdate ? 'Item size to update has exceeded the maximum allowed size' : 'Item size has exceeded the maximum allowed size');
    }
  }

  get(storeKey: string): AttributeMap | undefined {
    return this.items.get(storeKey)?.i;
  }

  private entryKey(index: IndexView, item: AttributeMap): string | undefined {
    const hash = item[index.hash];
    const range = index.range === undefined ? undefined : item[index.range];
    if (hash === undefined || (index.range !== undefined && range === undefined)) return undefined;
    return index.prefix + partitionPrefix(hash) + (range === undefined ? '' : keyComponent(range)) + this.storeKey(item).slice(this.prefix.length);
  }

  /** The attributes an index keeps of an item. */
  project(index: IndexRecord, item: AttributeMap): AttributeMap {
    if (index.projection.ProjectionType === 'ALL') return item;
    const keep = new Set([this.hash, ...(this.range ? [this.range] : []), ...index.keySchema.map((k) => k.AttributeName), ...(index.projection.NonKeyAttributes ?? [])]);
    const out: AttributeMap = {};
    for (const name of Object.keys(item)) if (keep.has(name)) out[name] = item[name]!;
    return out;
  }

  /**
   * Writes (or deletes, when next is undefined) an item and its index entries, and in the same
   * transaction its stream record, TTL entry and PITR log entry; returns the write units consumed.
   * `byService` marks DynamoDB's own deletions (TTL) in the stream.
   */
  write(storeKey: string, old: AttributeMap | undefined, next: AttributeMap | undefined, byService = false): Consumption {
    const oldSize = old ? itemSize(old) : 0;
    const nextSize = next ? itemSize(next) : 0;
    if (next) this.items.put(storeKey, { i: next, s: nextSize });
    else if (old) this.items.delete(storeKey);
    if (this.table.stream?.enabled && (old || next)) recordChange(this.ctx, this.table, this.keyOf((next ?? old)!), old, next, byService);
    if (this.table.kinesis && (old || next)) queueKinesisChange(this.ctx, this.table, this.keyOf((next ?? old)!), old, next, byService);
    if (this.table.ttl?.enabled) this.trackExpiry(storeKey, old, next);
    if (this.table.pitr?.enabled && (old || next)) this.logChange(storeKey, old);
    if (this.table.replicas && !this.isReplication && (old || next)) replicateWrite(this.ctx, this.table, storeKey, next, byService);
    const consumption: Consumption = { table: writeUnits(Math.max(oldSize, nextSize)), gsis: {}, lsis: {} };
    for (const index of this.indexes) {
      const oldKey = old ? this.entryKey(index, old) : undefined;
      const newKey = next ? this.entryKey(index, next) : undefined;
      const oldEntry = oldKey ? this.project(index.record, old!) : undefined;
      const newEntry = newKey ? this.project(index.record, next!) : undefined;
      let units = 0;
      if (oldKey !== undefined && oldKey !== newKey) {
        this.entries.delete(oldKey);
        units += writeUnits(itemSize(oldEntry!));
      }
      if (newKey !== undefined) {
        const size = itemSize(newEntry!);
        const unchanged = oldKey === newKey && equalValues({ M: oldEntry! }, { M: newEntry! });
        if (!unchanged) {
          this.entries.put(newKey, { i: newEntry!, s: size });
          units += writeUnits(oldKey === newKey ? Math.max(size, itemSize(oldEntry!)) : size);
        }
      }
      if (units > 0) (index.kind === 'global' ? consumption.gsis : consumption.lsis)[index.record.name] = units;
    }
    return consumption;
  }

  /** Keeps the TTL sweep's entry for the item in step with its expiry attribute. */
  trackExpiry(storeKey: string, old: AttributeMap | undefined, next: AttributeMap | undefined): void {
    const attribute = this.table.ttl!.attributeName;
    const before = old ? ttlDue(old[attribute]) : undefined;
    const after = next ? ttlDue(next[attribute]) : undefined;
    if (before === after) return;
    const due = this.ctx.table(ttlDueTable);
    const suffix = `/${this.ctx.accountId}/${this.ctx.region}/${storeKey}`;
    if (before !== undefined) due.delete(String(before).padStart(15, '0') + suffix);
    if (after !== undefined) due.put(String(after).padStart(15, '0') + suffix, { accountId: this.ctx.accountId, region: this.ctx.region, tableName: this.table.name, storeKey });
  }

  private logChange(storeKey: string, old: AttributeMap | undefined): void {
    const log = this.ctx.table(pitrLogTable);
    const key = `${this.table.name}/${String(this.ctx.clock.now()).padStart(15, '0')}/${storeKey.slice(this.prefix.length)}`;
    // The first change of a millisecond holds the state before it; later ones in the same ms do not.
    if (!log.has(key)) log.put(key, old ? { old } : {});
  }

  /** Rebuilds one index's entries from the table (a GSI added by UpdateTable). */
  backfill(index: IndexRecord): void {
    const view = this.indexes.find((i) => i.record.name === index.name);
    if (!view) return;
    for (const row of this.items.list({ prefix: this.prefix })) {
      const key = this.entryKey(view, row.value.i);
      if (key === undefined) continue;
      const entry = this.project(index, row.value.i);
      this.entries.put(key, { i: entry, s: itemSize(entry) });
    }
  }
}

function checkNotEmpty(value: AttributeValue, name: string): void {
  if (('S' in value && value.S === '') || ('B' in value && value.B === '')) {
    throw validation(
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${'S' in value ? 'string' : 'binary'} value. Key: ${name}`,
    );
  }
}
