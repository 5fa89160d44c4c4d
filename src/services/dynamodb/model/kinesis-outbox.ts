import { createHash, randomUUID } from 'node:crypto';
import type { ServiceRuntime } from '../../define-service.js';
import { defineTable, type Store } from '../../../store/types.js';
import { equalValues, type AttributeMap } from './attribute-value.js';
import { itemSize } from './item-size.js';
import type { ItemsContext } from './streams.js';
import type { TableRecord } from '../store.js';
import './kinesis-destinations.js';

/**
 * Item changes bound for Kinesis, written in the item write's own transaction (so a write
 * that rolls back sends nothing) and sent by `drain` after it commits, in key order.
 */
interface OutboxRow {
  accountId: string;
  region: string;
  streamArn: string;
  partitionKey: string;
  data: string;
}

const outboxTable = defineTable<OutboxRow>({ service: 'dynamodb', name: 'kinesis-outbox', scope: 'global' });
const GLOBAL = { accountId: '', region: '' };

/** Each Kumo's sender, by its store (several Kumos can run in one process). */
const senders = new Map<Store, { runtime: ServiceRuntime; running: boolean; again: boolean }>();
let counter = 0;

/** Called by TableItems.write for tables with destinations: queues one record per active destination. */
export function queueKinesisChange(ctx: ItemsContext, table: TableRecord, keys: AttributeMap, old: AttributeMap | undefined, next: AttributeMap | undefined, byService: boolean): void {
  const active = (table.kinesis ?? []).filter((d) => d.status === 'ACTIVE');
  if (active.length === 0 || (old === undefined && next === undefined)) return;
  if (old !== undefined && next !== undefined && equalValues({ M: old }, { M: next })) return;
  const now = ctx.clock.now();
  const outbox = ctx.store.table(outboxTable, GLOBAL);
  for (const destination of active) {
    const micro = destination.precision === 'MICROSECOND';
    const record = {
      awsRegion: ctx.region,
      eventID: randomUUID(),
      eventName: old === undefined ? 'INSERT' : next === undefined ? 'REMOVE' : 'MODIFY',
      userIdentity: byService ? { type: 'Service', principalId: 'dynamodb.amazonaws.com' } : null,
      recordFormat: 'application/json',
      tableName: table.name,
      dynamodb: {
        ApproximateCreationDateTime: micro ? now * 1000 : now,
        Keys: keys,
        ...(next ? { NewImage: next } : {}),
        ...(old ? { OldImage: old } : {}),
        SizeBytes: itemSize(keys) + (next ? itemSize(next) : 0) + (old ? itemSize(old) : 0),
        ...(micro ? { ApproximateCreationDateTimePrecision: 'MICROSECOND' } : {}),
      },
      eventSource: 'aws:dynamodb',
    };
    // AWS's partition keys are 32 upper-case hex digits derived from the item's key, so one item's changes stay in order on one shard.
    const partitionKey = createHash('md5').update(`${table.name}/${JSON.stringify(keys)}`).digest('hex').toUpperCase();
    const key = `${String(now).padStart(15, '0')}/${String(counter++).padStart(12, '0')}`;
    outbox.put(key, { accountId: ctx.accountId, region: ctx.region, streamArn: destination.streamArn, partitionKey, data: JSON.stringify(record) });
  }
  // setImmediate runs after the caller's synchronous transaction has committed (or rolled back).
  if (senders.has(ctx.store)) setImmediate(() => drain(ctx.store).catch(() => undefined));
}

/** Sends queued records one at a time, in order; a record whose stream is gone is dropped, as AWS stops delivering to it. */
async function drain(store: Store): Promise<void> {
  const sender = senders.get(store);
  if (!sender) return;
  if (sender.running) {
    sender.again = true;
    return;
  }
  sender.running = true;
  try {
    do {
      sender.again = false;
      const outbox = store.table(outboxTable, GLOBAL);
      for (const row of outbox.list({ limit: 500 })) {
        if (senders.get(store) !== sender) return;
        const { accountId, region, streamArn, partitionKey, data } = row.value;
        await sender.runtime.aws
          .call('kinesis', 'PutRecord', { StreamARN: streamArn, PartitionKey: partitionKey, Data: Buffer.from(data) }, { accountId, region })
          .catch(() => undefined);
        if (senders.get(store) !== sender) return;
        outbox.delete(row.key);
        sender.again = true;
      }
    } while (sender.again);
  } finally {
    sender.running = false;
  }
}

/** From DynamoDB's lifecycle: records queued before a restart are sent at start. */
export function startKinesisOutbox(runtime: ServiceRuntime): void {
  senders.set(runtime.store, { runtime, running: false, again: false });
  setImmediate(() => drain(runtime.store).catch(() => undefined));
}

export function stopKinesisOutbox(runtime: ServiceRuntime): void {
  senders.delete(runtime.store);
}
