import { provisionedThroughputExceeded } from '../errors.js';
import type { TableRecord } from '../store.js';
import type { Consumption } from './capacity.js';
import type { ItemsContext } from './streams.js';

/**
 * Provisioned-throughput throttling, on only with KUMO_DYNAMODB_THROTTLE=1. The variable is read on
 * every request (not at start) so a test can switch it on and off. Each provisioned table and GSI
 * has a read and a write budget per second of Kumo's clock (its RCU/WCU); a request is refused
 * once the current second's budget is spent, and what a request consumes is charged after it ran
 * (so a request may overdraw the second it runs in, as DynamoDB lets one large item through).
 * There is no burst allowance: unused capacity is not carried over.
 */
export function throttlingEnabled(): boolean {
  return process.env.KUMO_DYNAMODB_THROTTLE === '1';
}

interface Bucket {
  second: number;
  read: number;
  write: number;
}

/** Per Kumo (keyed by its clock, several Kumos can share a process), `<account>/<region>/<table>/<index>`. */
const bucketsByKumo = new WeakMap<object, Map<string, Bucket>>();

function bucket(ctx: ItemsContext, tableName: string, index = ''): Bucket {
  let buckets = bucketsByKumo.get(ctx.clock);
  if (!buckets) bucketsByKumo.set(ctx.clock, (buckets = new Map()));
  const key = `${ctx.accountId}/${ctx.region}/${tableName}/${index}`;
  const second = Math.floor(ctx.clock.now() / 1000);
  let b = buckets.get(key);
  if (!b || b.second !== second) buckets.set(key, (b = { second, read: 0, write: 0 }));
  return b;
}

function applies(table: TableRecord): boolean {
  return throttlingEnabled() && table.billingMode === 'PROVISIONED';
}

/**
 * Whether a request on the table (or one of its GSIs for a read) would be throttled now. A write
 * is throttled when the table or any GSI has spent its write budget, as a GSI's back-pressure
 * throttles the table's writes in DynamoDB.
 */
export function isThrottled(ctx: ItemsContext, table: TableRecord, kind: 'read' | 'write', indexName?: string): boolean {
  if (!applies(table)) return false;
  if (kind === 'read') {
    const gsi = indexName === undefined ? undefined : table.gsis.find((g) => g.name === indexName);
    if (gsi?.throughput) return bucket(ctx, table.name, gsi.name).read >= gsi.throughput.read;
    return bucket(ctx, table.name).read >= table.throughput.read;
  }
  if (bucket(ctx, table.name).write >= table.throughput.write) return true;
  return table.gsis.some((g) => g.throughput !== undefined && bucket(ctx, table.name, g.name).write >= g.throughput.write);
}

/** Which budget refuses a request now: the table's (and its LSIs'), one of its GSIs', or none. */
export function throttledBy(ctx: ItemsContext, table: TableRecord, kind: 'read' | 'write'): 'table' | 'index' | undefined {
  if (!applies(table)) return undefined;
  if (bucket(ctx, table.name)[kind] >= table.throughput[kind]) return 'table';
  if (kind === 'write' && table.gsis.some((g) => g.throughput !== undefined && bucket(ctx, table.name, g.name).write >= g.throughput.write)) return 'index';
  return undefined;
}

/**
 * A transaction's cancellation reason for a throttled action: DynamoDB cancels the whole
 * transaction with ProvisionedThroughputExceeded on the throttled actions (None on the others).
 */
export function throttleReason(by: 'table' | 'index'): { Code: string; Message: string } {
  return {
    Code: 'ProvisionedThroughputExceeded',
    Message:
      by === 'table'
        ? 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.'
        : 'The level of configured provisioned throughput for one or more global secondary indexes of the table was exceeded. Consider increasing your provisioning level for the under-provisioned global secondary indexes with the UpdateTable API.',
  };
}

export function checkThrottle(ctx: ItemsContext, table: TableRecord, kind: 'read' | 'write', indexName?: string): void {
  if (isThrottled(ctx, table, kind, indexName)) throw provisionedThroughputExceeded();
}

/** Charges what a request consumed: the table (and its LSIs, which share its capacity) and each GSI. */
export function chargeCapacity(ctx: ItemsContext, table: TableRecord, kind: 'read' | 'write', consumed: Consumption): void {
  if (!applies(table)) return;
  const own = consumed.table + Object.values(consumed.lsis).reduce((a, b) => a + b, 0);
  if (own > 0) bucket(ctx, table.name)[kind] += own;
  for (const [name, units] of Object.entries(consumed.gsis)) bucket(ctx, table.name, name)[kind] += units;
}
