import { randomBytes, randomUUID } from 'node:crypto';
import type { Store } from '../../../store/types.js';
import { invalidValue, messageNotInflight, receiptHandleIsInvalid } from '../errors.js';
import type { MessageRow } from '../store.js';
import { notifyQueue } from '../workers.js';
import { integerAttribute, type QueueRef } from './queues.js';

export const pad = (ms: number): string => String(Math.max(0, Math.floor(ms))).padStart(15, '0');
export const msgKey = (queue: string, seq: string): string => `${queue}/${seq}`;
export const visKey = (queue: string, vis: number, seq: string): string => `${queue}/${pad(vis)}/${seq}`;
const seqOfVisKey = (key: string): string => key.slice(key.lastIndexOf('/') + 1);
const seqOfMsgKey = (key: string): string => key.slice(key.lastIndexOf('/') + 1);

const BOOT = randomBytes(3).toString('hex');
let counter = 0;

/** A per-queue ordering key: send time, this process's id and a counter, so it sorts in send order. */
export function nextSeq(now: number): string {
  counter = (counter + 1) % 0x1000000;
  return `${pad(now)}${BOOT}${counter.toString(16).padStart(6, '0')}`;
}

let sequenceCounter = 0;
/** FIFO SequenceNumber: 20 digits, increasing. */
export function nextSequenceNumber(now: number): string {
  sequenceCounter = (sequenceCounter + 1) % 10_000_000;
  return `${now}${String(sequenceCounter).padStart(7, '0')}`.padStart(20, '0');
}

/** Stores a new message and its index row; wakes long polls when it is visible at once. */
export function putMessage(store: Store, q: QueueRef, seq: string, row: MessageRow, now: number): void {
  q.tables.messages.put(msgKey(q.address.name, seq), row);
  q.tables.visibility.put(visKey(q.address.name, row.vis, seq), row.rc > 0 ? { r: 1, ...(row.group ? { g: row.group } : {}) } : row.group ? { g: row.group } : {});
  if (row.vis <= now) notifyQueue(store, q.key);
}

/** Moves a message's visibility to `vis`, updating its row (written by the caller's transaction). */
export function setVisibility(store: Store, q: QueueRef, seq: string, row: MessageRow, vis: number, now: number): void {
  q.tables.visibility.delete(visKey(q.address.name, row.vis, seq));
  row.vis = vis;
  q.tables.messages.put(msgKey(q.address.name, seq), row);
  q.tables.visibility.put(visKey(q.address.name, vis, seq), { ...(row.rc > 0 ? { r: 1 as const } : {}), ...(row.group ? { g: row.group } : {}) });
  if (vis <= now) notifyQueue(store, q.key);
}

export function removeMessage(q: QueueRef, seq: string, row: MessageRow): void {
  q.tables.messages.delete(msgKey(q.address.name, seq));
  q.tables.visibility.delete(visKey(q.address.name, row.vis, seq));
}

/** Deletes every message of a queue (PurgeQueue, DeleteQueue). */
export function clearMessages(q: QueueRef): void {
  const prefix = `${q.address.name}/`;
  q.tables.messages.deleteRange({ prefix });
  q.tables.visibility.deleteRange({ prefix });
  q.tables.attempts.deleteRange({ prefix });
}

/** Drops messages past the retention period; their keys sort by send time, so it is a range. */
export function expireMessages(q: QueueRef, now: number): void {
  const retentionMs = integerAttribute(q.row, 'MessageRetentionPeriod', 345_600) * 1000;
  const name = q.address.name;
  const expired = q.tables.messages.list({ start: `${name}/`, end: `${name}/${pad(now - retentionMs)}`, limit: 1000 });
  for (const { key, value } of expired) {
    if (value.sent + retentionMs <= now) removeMessage(q, seqOfMsgKey(key), value);
  }
}

export function isExpired(q: QueueRef, row: MessageRow, now: number): boolean {
  return row.sent + integerAttribute(q.row, 'MessageRetentionPeriod', 345_600) * 1000 <= now;
}

/** The approximate counters GetQueueAttributes shows. */
export function countMessages(q: QueueRef, now: number): { visible: number; notVisible: number; delayed: number } {
  const name = q.address.name;
  const visible = q.tables.visibility.count({ start: `${name}/`, end: `${name}/${pad(now + 1)}` });
  let notVisible = 0;
  let delayed = 0;
  for (const { value } of q.tables.visibility.list({ start: `${name}/${pad(now + 1)}`, end: `${name}/~` })) {
    if (value.r) notVisible++;
    else delayed++;
  }
  return { visible, notVisible, delayed };
}

/** When the next not-yet-visible message of the queue turns visible, if any. */
export function nextVisibleAt(q: QueueRef, now: number): number | undefined {
  const name = q.address.name;
  const [first] = q.tables.visibility.list({ start: `${name}/${pad(now + 1)}`, end: `${name}/~`, limit: 1 });
  return first ? Number(first.key.slice(name.length + 1, name.length + 16)) : undefined;
}

/** Visible messages in visibility order (standard queues), `limit` index rows at a time. */
export function visibleSeqs(q: QueueRef, now: number, after: string | undefined, limit: number): string[] {
  const name = q.address.name;
  const rows = q.tables.visibility.list({ start: `${name}/`, end: `${name}/${pad(now + 1)}`, after, limit });
  return rows.map((r) => r.key);
}

export { seqOfVisKey, seqOfMsgKey };

/** A receipt handle names the queue, the message and the receive it came from. */
export function receiptHandle(q: QueueRef, seq: string, nonce: string): string {
  return Buffer.from(`${q.address.accountId}/${q.address.name}/${seq}/${nonce}`, 'utf8').toString('base64');
}

export function newNonce(): string {
  return randomUUID().replace(/-/g, '');
}

/** The message a receipt handle refers to; ReceiptHandleIsInvalid when it is not one of this queue's. */
export function parseReceiptHandle(q: QueueRef, handle: string | undefined): { seq: string; nonce: string } {
  const text = handle ? Buffer.from(handle, 'base64').toString('utf8') : '';
  const parts = text.split('/');
  if (!handle || parts.length !== 4 || parts[0] !== q.address.accountId || parts[1] !== q.address.name || !/^\d{15}[0-9a-f]{12}$/.test(parts[2]!)) {
    throw receiptHandleIsInvalid(handle ?? '');
  }
  return { seq: parts[2]!, nonce: parts[3]! };
}

/**
 * DeleteMessage: the newest receipt handle deletes; a stale one (the message was received
 * again since) succeeds without deleting on a standard queue and is refused on a FIFO queue.
 */
export function deleteByHandle(q: QueueRef, handle: string | undefined, now: number): void {
  const { seq, nonce } = parseReceiptHandle(q, handle);
  const row = q.tables.messages.get(msgKey(q.address.name, seq));
  if (!row) return;
  if (row.nonce !== nonce || (q.fifo && row.vis <= now)) {
    if (q.fifo) throw invalidValue('ReceiptHandle', handle, 'The receipt handle has expired.');
    return;
  }
  removeMessage(q, seq, row);
}

export const MAX_VISIBILITY_SECONDS = 43_200;

/** ChangeMessageVisibility on one handle, with AWS's checks and its 12-hour total limit. */
export function changeVisibility(store: Store, q: QueueRef, handle: string | undefined, timeout: number | undefined, now: number): void {
  const { seq, nonce } = parseReceiptHandle(q, handle);
  if (timeout === undefined) throw invalidValue('VisibilityTimeout', timeout, 'Must be between 0 and 43200, if provided.');
  if (!Number.isInteger(timeout) || timeout < 0 || timeout > MAX_VISIBILITY_SECONDS) {
    throw invalidValue('VisibilityTimeout', timeout, 'Must be between 0 and 43200, if provided.');
  }
  const row = q.tables.messages.get(msgKey(q.address.name, seq));
  if (!row || row.nonce !== nonce) {
    throw invalidValue('ReceiptHandle', handle, 'Message does not exist or is not available for visibility timeout change.');
  }
  if (row.vis <= now) throw messageNotInflight();
  const since = row.recvAt ?? now;
  if (now - since + timeout * 1000 > MAX_VISIBILITY_SECONDS * 1000) {
    throw invalidValue('VisibilityTimeout', timeout, `Total VisibilityTimeout for the message is beyond the limit [${MAX_VISIBILITY_SECONDS} seconds]`);
  }
  setVisibility(store, q, seq, row, now + timeout * 1000, now);
}
