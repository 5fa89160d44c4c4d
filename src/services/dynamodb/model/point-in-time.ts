import type { OperationContext } from '../../define-service.js';
import type { AttributeMap } from './attribute-value.js';
import { itemsTable, pitrLogTable, type TableRecord } from '../store.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** DynamoDB can restore to any second of the last 35 days (the default recovery period)... */
export const RECOVERY_PERIOD_MS = 35 * DAY_MS;
/** ...up to about five minutes before now. */
export const LATEST_LAG_MS = 5 * 60 * 1000;

const pad = (ms: number): string => String(Math.max(0, ms)).padStart(15, '0');

/** The restorable window of a table with PITR on, after dropping log entries older than it. */
export function restorableWindow(ctx: Pick<OperationContext, 'clock' | 'table'>, table: TableRecord): { earliestMs: number; latestMs: number } {
  const now = ctx.clock.now();
  const earliestMs = Math.max(table.pitr!.sinceMs, now - RECOVERY_PERIOD_MS);
  ctx.table(pitrLogTable).deleteRange({ start: `${table.name}/`, end: `${table.name}/${pad(earliestMs)}` });
  return { earliestMs, latestMs: Math.max(earliestMs, now - LATEST_LAG_MS) };
}

export function continuousBackupsDescription(ctx: OperationContext, table: TableRecord): Record<string, unknown> {
  if (!table.pitr?.enabled) return { ContinuousBackupsStatus: 'ENABLED', PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'DISABLED' } };
  const { earliestMs, latestMs } = restorableWindow(ctx, table);
  return {
    ContinuousBackupsStatus: 'ENABLED',
    PointInTimeRecoveryDescription: {
      PointInTimeRecoveryStatus: 'ENABLED',
      RecoveryPeriodInDays: 35,
      EarliestRestorableDateTime: new Date(earliestMs),
      LatestRestorableDateTime: new Date(latestMs),
    },
  };
}

/**
 * The table's items as they were at `atMs`: today's items with every change after that time
 * undone, using the first logged old image of each item changed since.
 */
export function itemsAt(ctx: Pick<OperationContext, 'table'>, table: TableRecord, atMs: number): AttributeMap[] {
  const prefix = `${table.name}/`;
  const before = new Map<string, AttributeMap | undefined>();
  for (const row of ctx.table(pitrLogTable).list({ start: `${prefix}${pad(atMs + 1)}`, end: `${prefix}\uffff` })) {
    const itemKey = row.key.slice(prefix.length + 16);
    if (!before.has(itemKey)) before.set(itemKey, row.value.old);
  }
  const out: AttributeMap[] = [];
  for (const row of ctx.table(itemsTable).list({ prefix })) {
    if (!before.has(row.key.slice(prefix.length))) out.push(row.value.i);
  }
  for (const old of before.values()) if (old) out.push(old);
  return out;
}
