import { createHash } from 'node:crypto';
import { invalidParameter } from '../errors.js';
import type { AttributeValue } from './filter-policy-match.js';
import { validateMessageAttributes } from './message-attributes.js';

/** 256 KiB for the message and its attributes together. */
export const MAX_MESSAGE_BYTES = 262_144;

export interface PublishEntry {
  Message?: string;
  Subject?: string;
  MessageStructure?: string;
  MessageAttributes?: Record<string, AttributeValue>;
  MessageDeduplicationId?: string;
  MessageGroupId?: string;
}

export interface CheckedEntry {
  message: string;
  perProtocol?: Record<string, string>;
  subject?: string;
  attributes?: Record<string, AttributeValue>;
  groupId?: string;
  dedupId?: string;
}

/** Validates one message for a topic (FIFO or not); throws InvalidParameter as Publish does. */
export function checkPublishEntry(entry: PublishEntry, fifo: boolean, contentBasedDeduplication: boolean): CheckedEntry {
  const message = entry.Message;
  if (message === undefined || message === '') throw invalidParameter('Invalid parameter: Empty message');
  const attributeBytes = validateMessageAttributes(entry.MessageAttributes);
  if (Buffer.byteLength(message, 'utf8') + attributeBytes > MAX_MESSAGE_BYTES) throw invalidParameter('Invalid parameter: Message too long');
  if (entry.Subject !== undefined && (entry.Subject === '' || entry.Subject.length > 100 || /[\r\n\u0000-\u001f]/.test(entry.Subject))) {
    throw invalidParameter('Invalid parameter: Subject');
  }
  const checked: CheckedEntry = { message, subject: entry.Subject, attributes: entry.MessageAttributes };
  if (entry.MessageStructure !== undefined) {
    if (entry.MessageStructure !== 'json') throw invalidParameter('Invalid parameter: MessageStructure');
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      throw invalidParameter('Invalid parameter: Message Structure - JSON message body failed to parse');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw invalidParameter('Invalid parameter: Message Structure - JSON message body failed to parse');
    const structure = parsed as Record<string, unknown>;
    if (typeof structure.default !== 'string') throw invalidParameter('Invalid parameter: Message Structure - No default entry in JSON message body');
    checked.message = structure.default;
    checked.perProtocol = {};
    for (const [key, value] of Object.entries(structure)) {
      checked.perProtocol[key] = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }
  if (fifo) {
    if (!entry.MessageGroupId) throw invalidParameter('Invalid parameter: The MessageGroupId parameter is required for FIFO topics');
    if (!/^[\x21-\x7e]{1,128}$/.test(entry.MessageGroupId)) throw invalidParameter('Invalid parameter: MessageGroupId Reason: MessageGroupId can only include alphanumeric and punctuation characters. 1 to 128 in length.');
    let dedup = entry.MessageDeduplicationId;
    if (dedup === undefined) {
      if (!contentBasedDeduplication) {
        throw invalidParameter('Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
      }
      dedup = createHash('sha256').update(message, 'utf8').digest('hex');
    } else if (!/^[\x21-\x7e]{1,128}$/.test(dedup)) {
      throw invalidParameter('Invalid parameter: MessageDeduplicationId Reason: MessageDeduplicationId can only include alphanumeric and punctuation characters. 1 to 128 in length.');
    }
    checked.groupId = entry.MessageGroupId;
    checked.dedupId = dedup;
  } else if (entry.MessageDeduplicationId !== undefined) {
    throw invalidParameter('Invalid parameter: MessageDeduplicationId Reason: The request includes MessageDeduplicationId parameter that is not valid for this topic type');
  } else if (entry.MessageGroupId !== undefined) {
    // Standard topics take a group id (for SQS fair queues) since 2025; it goes no further.
    checked.groupId = entry.MessageGroupId;
  }
  return checked;
}
