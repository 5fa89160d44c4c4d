import type { OperationContext } from '../../define-service.js';
import type { ScopedTable } from '../../../store/types.js';
import { invalidAddress, missingParameter, queueDoesNotExist } from '../errors.js';
import {
  dedupTable,
  deletedQueuesTable,
  messagesTable,
  moveTasksTable,
  queuesTable,
  receiveAttemptsTable,
  visibilityTable,
  type DedupRow,
  type DeletedQueueRow,
  type MessageRow,
  type MoveTaskRow,
  type QueueRow,
  type ReceiveAttemptRow,
  type VisibilityRow,
} from '../store.js';
import { parseQueueArn, parseQueueUrl, queueArn, queueUrl, type QueueAddress } from './queue-url.js';

/** One account and region's SQS tables. Queues of other accounts are reachable by URL. */
export interface SqsTables {
  queues: ScopedTable<QueueRow>;
  deleted: ScopedTable<DeletedQueueRow>;
  messages: ScopedTable<MessageRow>;
  visibility: ScopedTable<VisibilityRow>;
  dedup: ScopedTable<DedupRow>;
  attempts: ScopedTable<ReceiveAttemptRow>;
  moveTasks: ScopedTable<MoveTaskRow>;
}

/** A queue found by URL or ARN, with the tables of the account that owns it. */
export interface QueueRef {
  address: QueueAddress;
  row: QueueRow;
  url: string;
  arn: string;
  fifo: boolean;
  tables: SqsTables;
  /** Identifies the queue among all scopes, for long-poll waiters. */
  key: string;
}

export function sqsTables(ctx: Pick<OperationContext, 'store'>, scope: { accountId: string; region: string }): SqsTables {
  const t = <T>(definition: Parameters<typeof ctx.store.table<T>>[0]): ScopedTable<T> => ctx.store.table<T>(definition, scope);
  return {
    queues: t(queuesTable),
    deleted: t(deletedQueuesTable),
    messages: t(messagesTable),
    visibility: t(visibilityTable),
    dedup: t(dedupTable),
    attempts: t(receiveAttemptsTable),
    moveTasks: t(moveTasksTable),
  };
}

export function queueKey(address: QueueAddress): string {
  return `${address.accountId}/${address.region}/${address.name}`;
}

/** The queue a request's QueueUrl names, or QueueDoesNotExist / InvalidAddress as AWS answers. */
export function resolveQueue(ctx: OperationContext, url: string | undefined): QueueRef {
  if (url === undefined || url === '') throw missingParameter('QueueUrl');
  const address = parseQueueUrl(url, ctx.region);
  if (!address) {
    // A bare queue name is not an address; AWS answers that the queue does not exist when the
    // path has the right shape and the address is invalid otherwise.
    throw /^https?:\/\//.test(url) ? queueDoesNotExist() : invalidAddress(url);
  }
  const ref = findQueue(ctx, address);
  if (!ref) throw queueDoesNotExist();
  return ref;
}

export function findQueue(ctx: Pick<OperationContext, 'store' | 'endpoint'>, address: QueueAddress): QueueRef | undefined {
  const tables = sqsTables(ctx, address);
  const row = tables.queues.get(address.name);
  if (!row) return undefined;
  return refOf(ctx.endpoint, address, row, tables);
}

export function findQueueByArn(ctx: Pick<OperationContext, 'store' | 'endpoint'>, arn: string): QueueRef | undefined {
  const address = parseQueueArn(arn);
  return address ? findQueue(ctx, address) : undefined;
}

export function refOf(endpoint: string, address: QueueAddress, row: QueueRow, tables: SqsTables): QueueRef {
  return {
    address,
    row,
    url: queueUrl(endpoint, address),
    arn: queueArn(address),
    fifo: row.attributes.FifoQueue === 'true',
    tables,
    key: queueKey(address),
  };
}

/** Reads the queue row again (a long poll outlives the row it started with). */
export function refresh(ref: QueueRef): QueueRef | undefined {
  const row = ref.tables.queues.get(ref.address.name);
  return row ? { ...ref, row, fifo: row.attributes.FifoQueue === 'true' } : undefined;
}

export function integerAttribute(row: QueueRow, name: string, fallback: number): number {
  const value = Number(row.attributes[name]);
  return Number.isFinite(value) ? value : fallback;
}
