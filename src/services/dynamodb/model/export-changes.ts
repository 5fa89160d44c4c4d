import type { OperationContext } from '../../define-service.js';
import type { AttributeMap } from './attribute-value.js';
import { hashKeyOf, rangeKeyOf } from './tables.js';
import { itemsTable, pitrLogTable, type TableRecord } from '../store.js';

/** One item's net change over an incremental export's period. */
export interface ItemChange {
  keys: AttributeMap;
  oldImage?: AttributeMap;
  newImage?: AttributeMap;
  /** The last write of the period, in ms. */
  lastWriteMs: number;
}

const pad = (ms: number): string => String(Math.max(0, ms)).padStart(15, '0');

/**
 * The items written in [fromMs, toMs), compacted to one change each as DynamoDB's incremental
 * export does: the image before the period and the image at its end, read from the PITR log
 * (each entry holds the item as it was before the first write of its millisecond). An item
 * created and deleted within the period has no change.
 */
export function changesBetween(ctx: Pick<OperationContext, 'table'>, table: TableRecord, fromMs: number, toMs: number): ItemChange[] {
  const prefix = `${table.name}/`;
  const log = ctx.table(pitrLogTable);
  const inPeriod = new Map<string, { old: AttributeMap | undefined; lastMs: number }>();
  for (const row of log.list({ start: `${prefix}${pad(fromMs)}`, end: `${prefix}${pad(toMs)}` })) {
    const ms = Number(row.key.slice(prefix.length, prefix.length + 15));
    const itemKey = row.key.slice(prefix.length + 16);
    const seen = inPeriod.get(itemKey);
    if (seen) seen.lastMs = ms;
    else inPeriod.set(itemKey, { old: row.value.old, lastMs: ms });
  }
  // The state at the period's end: the image logged by the first write after it, else today's item.
  const after = new Map<string, AttributeMap | undefined>();
  for (const row of log.list({ start: `${prefix}${pad(toMs)}`, end: `${prefix}\uffff` })) {
    const itemKey = row.key.slice(prefix.length + 16);
    if (inPeriod.has(itemKey) && !after.has(itemKey)) after.set(itemKey, row.value.old);
  }
  const items = ctx.table(itemsTable);
  const hash = hashKeyOf(table.keySchema);
  const range = rangeKeyOf(table.keySchema);
  const changes: ItemChange[] = [];
  for (const [itemKey, { old, lastMs }] of inPeriod) {
    const next = after.has(itemKey) ? after.get(itemKey) : items.get(prefix + itemKey)?.i;
    const image = next ?? old;
    if (!image) continue;
    const keys: AttributeMap = { [hash]: image[hash]! };
    if (range !== undefined) keys[range] = image[range]!;
    changes.push({ keys, ...(old ? { oldImage: old } : {}), ...(next ? { newImage: next } : {}), lastWriteMs: lastMs });
  }
  return changes;
}
