import { randomBytes } from 'node:crypto';
import type { ServiceRuntime } from '../../define-service.js';
import type { EventOrigin } from './notifications.js';
import { accessLogRecordsTable, pendingLogs, type PendingLog } from './access-log-records.js';
import { writeDeliveredObject } from './delivered-object.js';
import { backgroundContext } from './s3-runtimes.js';

/** How often (Kumo clock time) waiting records become log objects: S3 delivers within minutes to hours. */
export const LOG_DELIVERY_INTERVAL_MS = 5 * 60_000;

const p = (n: number) => String(n).padStart(2, '0');

/**
 * The log object's key: SimplePrefix `<prefix>YYYY-MM-DD-hh-mm-ss-<16 hex>`, or PartitionedPrefix
 * `<prefix><account>/<region>/<bucket>/YYYY/MM/DD/YYYY-MM-DD-hh-mm-ss-<16 hex>` dated by the
 * first record's time (EventTime) or the delivery's (DeliveryTime).
 */
export function logObjectKey(log: Pick<PendingLog, 'target' | 'sourceAccountId' | 'sourceRegion' | 'sourceBucket' | 'firstEventMs'>, deliveryMs: number): string {
  const unique = randomBytes(8).toString('hex').toUpperCase();
  const stamp = (ms: number) => {
    const d = new Date(ms);
    return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}-${p(d.getUTCHours())}-${p(d.getUTCMinutes())}-${p(d.getUTCSeconds())}`;
  };
  const partitioned = log.target.TargetObjectKeyFormat?.PartitionedPrefix;
  if (!partitioned) return `${log.target.TargetPrefix}${stamp(deliveryMs)}-${unique}`;
  const dateMs = partitioned.PartitionDateSource === 'DeliveryTime' ? deliveryMs : log.firstEventMs;
  const d = new Date(dateMs);
  const folders = `${log.sourceAccountId}/${log.sourceRegion}/${log.sourceBucket}/${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())}/`;
  return `${log.target.TargetPrefix}${folders}${stamp(deliveryMs)}-${unique}`;
}

/**
 * Writes every waiting batch as one object in its target bucket; its records are deleted in the
 * transaction that stores the object (dropped as well when the target is gone; kept for the next
 * delivery when the write fails).
 */
export async function deliverAccessLogs(runtime: ServiceRuntime): Promise<void> {
  const now = runtime.clock.now();
  for (const log of pendingLogs(runtime.store)) {
    const ctx = backgroundContext(runtime, log.sourceAccountId, log.sourceRegion, 'LogDelivery');
    const origin: EventOrigin = { aws: runtime.aws, nowMs: now, requestId: ctx.requestId, principalId: 'AWS:s3.amazonaws.com', sourceIp: 's3.amazonaws.com' };
    const body = Buffer.from(log.lines.map((line) => `${line}\n`).join(''), 'utf8');
    const records = ctx.table(accessLogRecordsTable);
    const forget = () => log.rowKeys.forEach((key) => records.delete(key));
    const stored = await writeDeliveredObject(ctx, log.target.TargetBucket, logObjectKey(log, now), body, 'text/plain', origin, forget).catch(() => null);
    if (stored === undefined) ctx.store.transaction(forget);
  }
}
