import type { ListOptions } from '../../../store/types.js';
import { invalidParameter, validation } from '../errors.js';
import type { Condition, Path } from '../expressions/ast.js';
import { evaluateCondition } from '../expressions/evaluate-condition.js';
import { projectItem } from '../expressions/project.js';
import { mapToWire, type AttributeMap } from './attribute-value.js';
import { consumedCapacity, readUnits } from './capacity.js';
import { chargeCapacity, checkThrottle } from './throttle.js';
import { keyComponent, partitionPrefix } from './key-encoding.js';
import { readAttributeMap } from './read-attribute-value.js';
import type { TableItems } from './table-items.js';
import { hashKeyOf, keyType, rangeKeyOf } from './tables.js';
import type { IndexRecord } from '../store.js';
import { typeOf } from './attribute-value.js';

/** DynamoDB stops a Query or Scan page after 1 MB of data read. */
const PAGE_BYTES = 1024 * 1024;
const BATCH = 256;

/** Where a Query or Scan reads: the table itself or one of its indexes. */
export interface ReadSource {
  items: TableItems;
  index?: { record: IndexRecord; kind: 'global' | 'local' };
}

export interface ReadRequest {
  source: ReadSource;
  range: Pick<ListOptions, 'prefix' | 'start' | 'end'>;
  forward: boolean;
  limit?: number;
  exclusiveStartKey?: Record<string, unknown>;
  filter?: Condition;
  projection?: Path[];
  select: string;
  consistent: boolean;
  returnConsumedCapacity?: string;
}

export function checkLimit(limit: number | undefined): void {
  if (limit !== undefined && limit < 1) {
    throw validation(`1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1`);
  }
}

/** The key attributes a page's LastEvaluatedKey carries: the table's, plus the index's. */
function keyNames(source: ReadSource): string[] {
  const names = [source.items.hash, ...(source.items.range ? [source.items.range] : [])];
  if (source.index) {
    for (const k of source.index.record.keySchema) if (!names.includes(k.AttributeName)) names.push(k.AttributeName);
  }
  return names;
}

/** The store key an ExclusiveStartKey stands for. */
function startAfter(source: ReadSource, raw: Record<string, unknown>): string {
  const key = readAttributeMap(raw);
  const names = keyNames(source);
  const table = source.items.table;
  if (Object.keys(key).length !== names.length || !names.every((n) => key[n] !== undefined && typeOf(key[n]!) === keyType(table, n))) {
    throw validation('The provided starting key is invalid: The provided key element does not match the schema');
  }
  if (!source.index) return source.items.storeKey(key);
  const schema = source.index.record.keySchema;
  const range = rangeKeyOf(schema);
  return `${table.name}/${source.index.record.name}/` + partitionPrefix(key[hashKeyOf(schema)]!) + (range ? keyComponent(key[range]!) : '') + source.items.storeKey(key).slice(source.items.prefix.length);
}

/** Reads one page of a Query or Scan: Limit and 1 MB bound what is read, the filter what is returned. */
export function readPage(request: ReadRequest): Record<string, unknown> {
  const { source } = request;
  checkThrottle(source.items.ctx, source.items.table, 'read', source.index?.kind === 'global' ? source.index.record.name : undefined);
  const store = source.index ? source.items.entries : source.items.items;
  let after = request.exclusiveStartKey ? startAfter(source, request.exclusiveStartKey) : undefined;
  const out: AttributeMap[] = [];
  let scanned = 0;
  let bytes = 0;
  let last: AttributeMap | undefined;
  let more = false;
  // An LSI query asking for attributes the index does not carry reads them from the table.
  const fromTable = source.index?.kind === 'local' && source.index.record.projection.ProjectionType !== 'ALL' && (request.select === 'ALL_ATTRIBUTES' || request.projection !== undefined);
  for (;;) {
    const want = request.limit === undefined ? BATCH : Math.min(BATCH, request.limit - scanned);
    const rows = store.list({ ...request.range, ...(after !== undefined ? { after } : {}), reverse: !request.forward, limit: want });
    for (const row of rows) {
      let item = row.value.i;
      let size = row.value.s;
      if (fromTable) {
        const full = source.items.items.get(source.items.storeKey(item));
        if (full) {
          item = full.i;
          size += full.s;
        }
      }
      scanned++;
      bytes += size;
      last = item;
      if (!request.filter || evaluateCondition(request.filter, item)) out.push(item);
      if ((request.limit !== undefined && scanned >= request.limit) || bytes >= PAGE_BYTES) {
        more = true;
        break;
      }
    }
    if (more || rows.length < want) break;
    after = rows[rows.length - 1]!.key;
  }
  const consumption = readConsumption(source, readUnits(bytes, request.consistent));
  chargeCapacity(source.items.ctx, source.items.table, 'read', consumption);
  const capacity = consumedCapacity(request.returnConsumedCapacity, source.items.table.name, consumption);
  const lastKey = more && last ? pick(last, keyNames(source)) : undefined;
  return {
    ...(request.select === 'COUNT' ? {} : { Items: out.map((item) => mapToWire(request.projection ? projectItem(item, request.projection) : item)) }),
    Count: out.length,
    ScannedCount: scanned,
    ...(lastKey ? { LastEvaluatedKey: mapToWire(lastKey) } : {}),
    ...(capacity ? { ConsumedCapacity: capacity } : {}),
  };
}

function readConsumption(source: ReadSource, units: number): { table: number; gsis: Record<string, number>; lsis: Record<string, number> } {
  if (!source.index) return { table: units, gsis: {}, lsis: {} };
  const name = source.index.record.name;
  return source.index.kind === 'global' ? { table: 0, gsis: { [name]: units }, lsis: {} } : { table: 0, gsis: {}, lsis: { [name]: units } };
}

function pick(item: AttributeMap, names: string[]): AttributeMap {
  const out: AttributeMap = {};
  for (const n of names) if (item[n] !== undefined) out[n] = item[n]!;
  return out;
}

/** Select against the projection and index, with DynamoDB's rules; returns the effective Select. */
export function resolveSelect(select: string | undefined, hasProjection: boolean, source: ReadSource, usedAttributesToGet: boolean): string {
  const index = source.index;
  const effective = select ?? (hasProjection ? 'SPECIFIC_ATTRIBUTES' : index ? 'ALL_PROJECTED_ATTRIBUTES' : 'ALL_ATTRIBUTES');
  if (hasProjection && effective !== 'SPECIFIC_ATTRIBUTES') {
    throw validation(
      usedAttributesToGet
        ? `Cannot specify the AttributesToGet when choosing to get ${effective}`
        : `One or more parameter values were invalid: Select type ${effective} is not supported with ProjectionExpression`,
    );
  }
  if (effective === 'SPECIFIC_ATTRIBUTES' && !hasProjection) {
    throw invalidParameter('Select type SPECIFIC_ATTRIBUTES requires AttributesToGet or ProjectionExpression');
  }
  if (effective === 'ALL_PROJECTED_ATTRIBUTES' && !index) {
    throw invalidParameter('ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName');
  }
  if (effective === 'ALL_ATTRIBUTES' && index?.kind === 'global' && index.record.projection.ProjectionType !== 'ALL') {
    throw invalidParameter(`Select type ALL_ATTRIBUTES is not supported for global secondary index ${index.record.name} because its projection type is not ALL`);
  }
  return effective;
}
