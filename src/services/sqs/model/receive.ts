import type { OperationContext } from '../../define-service.js';
import { invalidAttributeName } from '../errors.js';
import type { MessageRow } from '../store.js';
import { ALL_QUEUE_ATTRIBUTES, redrivePolicyOf } from './queue-attributes.js';
import { md5OfAttributes, outputAttributes, selectAttributes, type MessageAttributeValue } from './message-attributes.js';
import {
  expireMessages,
  isExpired,
  msgKey,
  newNonce,
  pad,
  putMessage,
  receiptHandle,
  removeMessage,
  seqOfVisKey,
  setVisibility,
  visibleSeqs,
} from './messages.js';
import { findQueueByArn, type QueueRef } from './queues.js';

export interface ReceiveOptions {
  max: number;
  visibilityTimeout: number;
  systemAttributeNames: readonly string[];
  messageAttributeNames: readonly string[];
  attemptId?: string;
}

export interface ReceivedMessage {
  MessageId: string;
  ReceiptHandle: string;
  MD5OfBody: string;
  Body: string;
  Attributes?: Record<string, string>;
  MD5OfMessageAttributes?: string;
  MessageAttributes?: Record<string, MessageAttributeValue>;
}

export const SYSTEM_ATTRIBUTE_NAMES = new Set([
  'All',
  'SenderId',
  'SentTimestamp',
  'ApproximateReceiveCount',
  'ApproximateFirstReceiveTimestamp',
  'SequenceNumber',
  'MessageDeduplicationId',
  'MessageGroupId',
  'AWSTraceHeader',
  'DeadLetterQueueSourceArn',
]);

export function checkSystemAttributeNames(names: readonly string[]): void {
  for (const name of names) {
    if (!SYSTEM_ATTRIBUTE_NAMES.has(name) && !ALL_QUEUE_ATTRIBUTES.has(name)) throw invalidAttributeName(`Unknown Attribute ${name}.`);
  }
}

const ATTEMPT_WINDOW_MS = 5 * 60_000;
const PAGE = 100;

/**
 * One receive without waiting: up to `max` visible messages, each made invisible for the
 * visibility timeout with a fresh receipt handle. Messages past maxReceiveCount move to the
 * dead-letter queue instead; FIFO queues keep group order and skip groups with a message in flight.
 */
export function receiveOnce(ctx: OperationContext, q: QueueRef, options: ReceiveOptions): ReceivedMessage[] {
  return ctx.store.transaction(() => {
    const now = ctx.clock.now();
    expireMessages(q, now);
    const redrive = redrivePolicyOf(q.row.attributes);
    const dlq = redrive ? findQueueByArn(ctx, redrive.deadLetterTargetArn) : undefined;
    const picked: Array<{ seq: string; row: MessageRow }> = [];

    const consider = (seq: string, row: MessageRow): boolean => {
      if (isExpired(q, row, now)) {
        removeMessage(q, seq, row);
        return false;
      }
      if (redrive && dlq && row.rc >= redrive.maxReceiveCount) {
        removeMessage(q, seq, row);
        const { nonce: _nonce, recvAt: _recvAt, ...rest } = row;
        putMessage(ctx.store, dlq, seq, { ...rest, vis: now, dlqSource: q.arn }, now);
        return false;
      }
      picked.push({ seq, row });
      return true;
    };

    const repeated = q.fifo && options.attemptId ? repeatAttempt(q, options.attemptId, now) : undefined;
    if (repeated) picked.push(...repeated);
    else if (q.fifo) pickFifo(q, now, options.max, consider);
    else pickStandard(q, now, options.max, consider);

    const out: ReceivedMessage[] = [];
    for (const { seq, row } of picked) {
      if (!repeated) {
        row.rc += 1;
        row.first ??= now;
        row.nonce = newNonce();
        row.recvAt = now;
      }
      setVisibility(ctx.store, q, seq, row, now + options.visibilityTimeout * 1000, now);
      out.push(present(q, seq, row, options));
    }
    if (q.fifo && options.attemptId && !repeated) {
      q.tables.attempts.put(`${q.address.name}/${options.attemptId}`, {
        expires: now + ATTEMPT_WINDOW_MS,
        messages: picked.map(({ seq, row }) => ({ seq, nonce: row.nonce! })),
      });
    }
    return out;
  });
}

function pickStandard(q: QueueRef, now: number, max: number, consider: (seq: string, row: MessageRow) => boolean): void {
  let taken = 0;
  let after: string | undefined;
  for (;;) {
    const keys = visibleSeqs(q, now, after, PAGE);
    if (keys.length === 0) return;
    for (const key of keys) {
      after = key;
      const seq = seqOfVisKey(key);
      const row = q.tables.messages.get(msgKey(q.address.name, seq));
      if (!row) {
        q.tables.visibility.delete(key);
        continue;
      }
      if (consider(seq, row) && ++taken >= max) return;
    }
  }
}

/** FIFO: messages in send order, skipping every group that has a message in flight or delayed. */
function pickFifo(q: QueueRef, now: number, max: number, consider: (seq: string, row: MessageRow) => boolean): void {
  const name = q.address.name;
  const blocked = new Set<string>();
  for (const { value } of q.tables.visibility.list({ start: `${name}/${pad(now + 1)}`, end: `${name}/~` })) blocked.add(value.g ?? '');
  let taken = 0;
  let after: string | undefined;
  for (;;) {
    const rows = q.tables.messages.list({ prefix: `${name}/`, after, limit: PAGE });
    if (rows.length === 0) return;
    for (const { key, value } of rows) {
      after = key;
      const group = value.group ?? '';
      if (blocked.has(group)) continue;
      if (value.vis > now) {
        blocked.add(group);
        continue;
      }
      if (consider(key.slice(name.length + 1), value) && ++taken >= max) return;
    }
  }
}

/** A retried FIFO receive (same ReceiveRequestAttemptId within 5 minutes) gets the same messages. */
function repeatAttempt(q: QueueRef, attemptId: string, now: number): Array<{ seq: string; row: MessageRow }> | undefined {
  const attempt = q.tables.attempts.get(`${q.address.name}/${attemptId}`);
  if (!attempt || attempt.expires <= now) return undefined;
  const out: Array<{ seq: string; row: MessageRow }> = [];
  for (const { seq, nonce } of attempt.messages) {
    const row = q.tables.messages.get(msgKey(q.address.name, seq));
    if (row && row.nonce === nonce) out.push({ seq, row });
  }
  return out.length > 0 ? out : undefined;
}

function present(q: QueueRef, seq: string, row: MessageRow, options: ReceiveOptions): ReceivedMessage {
  const message: ReceivedMessage = {
    MessageId: row.id,
    ReceiptHandle: receiptHandle(q, seq, row.nonce!),
    MD5OfBody: row.md5,
    Body: row.body,
  };
  const attributes = systemAttributes(row, options.systemAttributeNames);
  if (attributes) message.Attributes = attributes;
  const selected = selectAttributes(row.attrs, options.messageAttributeNames);
  if (selected) {
    message.MessageAttributes = outputAttributes(selected);
    message.MD5OfMessageAttributes = md5OfAttributes(selected);
  }
  return message;
}

function systemAttributes(row: MessageRow, names: readonly string[]): Record<string, string> | undefined {
  if (names.length === 0) return undefined;
  const all = names.includes('All');
  const want = (name: string): boolean => all || names.includes(name);
  const out: Record<string, string> = {};
  if (want('SenderId')) out.SenderId = row.sender;
  if (want('SentTimestamp')) out.SentTimestamp = String(row.sent);
  if (want('ApproximateReceiveCount')) out.ApproximateReceiveCount = String(row.rc);
  if (want('ApproximateFirstReceiveTimestamp') && row.first !== undefined) out.ApproximateFirstReceiveTimestamp = String(row.first);
  if (want('AWSTraceHeader') && row.sys?.AWSTraceHeader?.StringValue) out.AWSTraceHeader = row.sys.AWSTraceHeader.StringValue;
  if (want('DeadLetterQueueSourceArn') && row.dlqSource) out.DeadLetterQueueSourceArn = row.dlqSource;
  if (row.sn !== undefined) {
    if (want('SequenceNumber')) out.SequenceNumber = row.sn;
    if (want('MessageDeduplicationId') && row.dedup !== undefined) out.MessageDeduplicationId = row.dedup;
  }
  if (want('MessageGroupId') && row.group !== undefined) out.MessageGroupId = row.group;
  return Object.keys(out).length > 0 ? out : undefined;
}
