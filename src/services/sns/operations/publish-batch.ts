import type { OperationContext } from '../../define-service.js';
import { acceptMessages } from '../delivery/accept.js';
import { batchError } from '../errors.js';
import { checkPublishEntry, MAX_MESSAGE_BYTES, type CheckedEntry, type PublishEntry } from '../model/publish-rules.js';
import { isFifoTopic } from '../model/topic-attributes.js';
import { isAwsError } from '../../../shared/aws-error.js';
import { findTopic } from '../topic-lookup.js';

export interface PublishBatchInput {
  TopicArn?: string;
  PublishBatchRequestEntries?: Array<PublishEntry & { Id?: string }>;
}

interface Failure {
  Id: string;
  Code: string;
  Message: string;
  SenderFault: boolean;
}

const ID = /^[A-Za-z0-9_-]{1,80}$/;

/** Up to ten messages; an entry that fails its checks is reported in Failed, the rest go out. */
export function publishBatch(input: PublishBatchInput, ctx: OperationContext): {
  Successful: Array<{ Id: string; MessageId: string; SequenceNumber?: string }>;
  Failed: Failure[];
} {
  const found = findTopic(ctx, input.TopicArn);
  const entries = input.PublishBatchRequestEntries ?? [];
  if (entries.length === 0) throw batchError('EmptyBatchRequest');
  if (entries.length > 10) throw batchError('TooManyEntriesInBatchRequest');
  const ids = entries.map((e) => e.Id ?? '');
  if (ids.some((id) => !ID.test(id))) throw batchError('InvalidBatchEntryId');
  if (new Set(ids).size !== ids.length) throw batchError('BatchEntryIdsNotDistinct');
  const total = entries.reduce((sum, e) => sum + Buffer.byteLength(e.Message ?? '', 'utf8'), 0);
  if (total > MAX_MESSAGE_BYTES) throw batchError('BatchRequestTooLong');

  const fifo = isFifoTopic(found.topic);
  const contentBased = found.topic.attributes.ContentBasedDeduplication === 'true';
  const failed: Failure[] = [];
  const good: Array<{ id: string; entry: CheckedEntry }> = [];
  for (const entry of entries) {
    try {
      good.push({ id: entry.Id!, entry: checkPublishEntry(entry, fifo, contentBased) });
    } catch (error) {
      if (!isAwsError(error)) throw error;
      failed.push({ Id: entry.Id!, Code: error.code, Message: error.message, SenderFault: true });
    }
  }
  const accepted = good.length ? acceptMessages(ctx, found, good.map((g) => g.entry)) : [];
  return {
    Successful: accepted.map((a, i) => ({ Id: good[i]!.id, ...a })),
    Failed: failed,
  };
}
