import { createHash, randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { invalidMessageContents, invalidParameterValue, invalidValue, missingParameter } from '../errors.js';
import type { MessageRow, StoredAttribute } from '../store.js';
import {
  attributesSize,
  checkMessageAttributes,
  firstInvalidCharacter,
  md5Hex,
  md5OfAttributes,
  type MessageAttributeValue,
} from './message-attributes.js';
import { nextSeq, nextSequenceNumber, putMessage } from './messages.js';
import { integerAttribute, type QueueRef } from './queues.js';
import { sweepExpired } from './dedup-sweep.js';

/** SendMessage's input, which SendMessageBatch entries share. */
export interface SendMessageInput {
  QueueUrl?: string;
  MessageBody?: string;
  DelaySeconds?: number;
  MessageAttributes?: Record<string, MessageAttributeValue>;
  MessageSystemAttributes?: Record<string, MessageAttributeValue>;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}

export interface SendMessageOutput {
  MessageId: string;
  MD5OfMessageBody: string;
  MD5OfMessageAttributes?: string;
  MD5OfMessageSystemAttributes?: string;
  SequenceNumber?: string;
}

/** A checked message, ready to store. */
export interface PreparedMessage {
  body: string;
  delaySeconds: number;
  attrs?: Record<string, StoredAttribute>;
  sys?: Record<string, StoredAttribute>;
  group?: string;
  dedup?: string;
  size: number;
}

const DEDUP_WINDOW_MS = 5 * 60_000;
const FIFO_ID = /^[\x21-\x7e]{1,128}$/;

/** Checks one message against the queue as AWS does; throws the AwsError a send would answer. */
export function prepareMessage(q: QueueRef, input: SendMessageInput): PreparedMessage {
  const body = input.MessageBody;
  if (body === undefined || body === '') throw missingParameter('MessageBody');
  const bad = firstInvalidCharacter(body);
  if (bad !== undefined) {
    throw invalidMessageContents(
      `Invalid binary character '#x${bad.toString(16).toUpperCase()}' was found in the message body, the set of allowed characters is #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF`,
    );
  }
  const attrs = checkMessageAttributes(input.MessageAttributes);
  const sys = checkSystemAttributes(input.MessageSystemAttributes);
  const size = Buffer.byteLength(body) + attributesSize(attrs);
  const maxSize = integerAttribute(q.row, 'MaximumMessageSize', 262_144);
  if (size > maxSize) throw invalidParameterValue(`One or more parameters are invalid. Reason: Message must be shorter than ${maxSize} bytes.`);

  let delaySeconds = integerAttribute(q.row, 'DelaySeconds', 0);
  if (input.DelaySeconds !== undefined) {
    if (q.fifo && input.DelaySeconds !== 0) {
      throw invalidValue('DelaySeconds', input.DelaySeconds, 'The request include parameter that is not valid for this queue type.');
    }
    if (!Number.isInteger(input.DelaySeconds) || input.DelaySeconds < 0 || input.DelaySeconds > 900) {
      throw invalidValue('DelaySeconds', input.DelaySeconds, 'DelaySeconds must be >= 0 and <= 900.');
    }
    if (!q.fifo) delaySeconds = input.DelaySeconds;
  }

  const prepared: PreparedMessage = { body, delaySeconds, size, ...(attrs ? { attrs } : {}), ...(sys ? { sys } : {}) };
  if (input.MessageGroupId !== undefined && !FIFO_ID.test(input.MessageGroupId)) {
    throw invalidValue('MessageGroupId', input.MessageGroupId, 'MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.');
  }
  if (!q.fifo) {
    if (input.MessageDeduplicationId !== undefined) {
      throw invalidValue('MessageDeduplicationId', input.MessageDeduplicationId, 'The request includes a parameter that is not valid for this queue type.');
    }
    // Standard queues accept a group id since fair queues; it is kept and shown, nothing more.
    if (input.MessageGroupId !== undefined) prepared.group = input.MessageGroupId;
    return prepared;
  }
  if (input.MessageGroupId === undefined) throw missingParameter('MessageGroupId');
  prepared.group = input.MessageGroupId;
  if (input.MessageDeduplicationId !== undefined) {
    if (!FIFO_ID.test(input.MessageDeduplicationId)) {
      throw invalidValue('MessageDeduplicationId', input.MessageDeduplicationId, 'MessageDeduplicationId can only include alphanumeric and punctuation characters. 1 to 128 in length.');
    }
    prepared.dedup = input.MessageDeduplicationId;
  } else if (q.row.attributes.ContentBasedDeduplication === 'true') {
    prepared.dedup = createHash('sha256').update(body).digest('hex');
  } else {
    throw invalidParameterValue('The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
  }
  return prepared;
}

function checkSystemAttributes(input: Record<string, MessageAttributeValue> | undefined): Record<string, StoredAttribute> | undefined {
  if (!input || Object.keys(input).length === 0) return undefined;
  const out: Record<string, StoredAttribute> = {};
  for (const [name, value] of Object.entries(input)) {
    if (name !== 'AWSTraceHeader') throw invalidParameterValue(`Message system attribute name '${name}' is invalid.`);
    if (value.DataType !== 'String' || !value.StringValue) {
      throw invalidParameterValue(`Message system attribute '${name}' must contain non-empty message system attribute value for message system attribute type 'String'.`);
    }
    out[name] = { DataType: 'String', StringValue: value.StringValue };
  }
  return out;
}

/** Stores a prepared message (FIFO: unless a duplicate within 5 minutes) and answers as SendMessage does. */
export function storeMessage(ctx: OperationContext, q: QueueRef, m: PreparedMessage): SendMessageOutput {
  const now = ctx.clock.now();
  const digests = {
    MD5OfMessageBody: md5Hex(m.body),
    ...(m.attrs ? { MD5OfMessageAttributes: md5OfAttributes(m.attrs) } : {}),
    ...(m.sys ? { MD5OfMessageSystemAttributes: md5OfAttributes(m.sys) } : {}),
  };
  let dedupKey: string | undefined;
  if (m.dedup !== undefined) {
    const scope = q.row.attributes.DeduplicationScope === 'messageGroup' ? m.group ?? '' : '';
    dedupKey = `${q.address.name}/${scope}/${m.dedup}`;
    const seen = q.tables.dedup.get(dedupKey);
    if (seen && seen.expires > now) return { MessageId: seen.messageId, ...digests, ...(seen.sn ? { SequenceNumber: seen.sn } : {}) };
  }
  const id = randomUUID();
  const seq = nextSeq(now);
  const sn = q.fifo ? nextSequenceNumber(now) : undefined;
  const row: MessageRow = {
    id,
    body: m.body,
    md5: digests.MD5OfMessageBody,
    sender: ctx.caller.userId || ctx.accountId,
    sent: now,
    vis: now + m.delaySeconds * 1000,
    rc: 0,
    ...(m.attrs ? { attrs: m.attrs } : {}),
    ...(m.sys ? { sys: m.sys } : {}),
    ...(m.group !== undefined ? { group: m.group } : {}),
    ...(m.dedup !== undefined ? { dedup: m.dedup } : {}),
    ...(sn ? { sn } : {}),
  };
  ctx.store.transaction(() => {
    putMessage(ctx.store, q, seq, row, now);
    if (dedupKey) {
      sweepExpired(ctx.store, q, now);
      q.tables.dedup.put(dedupKey, { expires: now + DEDUP_WINDOW_MS, messageId: id, ...(sn ? { sn } : {}) });
    }
  });
  return { MessageId: id, ...digests, ...(sn ? { SequenceNumber: sn } : {}) };
}
