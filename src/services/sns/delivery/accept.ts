import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import type { CheckedEntry } from '../model/publish-rules.js';
import { effectiveDeliveryPolicy, isFifoTopic } from '../model/topic-attributes.js';
import { fifoStateTable, type FifoStateRow } from '../store.js';
import { topicSubscriptions, type FoundTopic } from '../topic-lookup.js';
import { fanOut } from './fan-out.js';
import type { PublishedMessage } from './published-message.js';
import { snsRuntimeOf } from './sns-runtime.js';

/** FIFO topics drop a repeated deduplication id for five minutes. */
const DEDUP_WINDOW_MS = 5 * 60_000;
const FIRST_SEQUENCE = 10_000_000_000_000_000_000n;

export interface Accepted {
  MessageId: string;
  SequenceNumber?: string;
}

/**
 * Accepts checked messages for a topic: FIFO topics number them and drop duplicates inside
 * the window (a duplicate answers with the first message's id), then deliveries start in the
 * background and the caller answers at once.
 */
export function acceptMessages(ctx: OperationContext, found: FoundTopic, entries: CheckedEntry[]): Accepted[] {
  const sns = snsRuntimeOf(ctx.store);
  const now = ctx.clock.now();
  const timestamp = new Date(now).toISOString();
  const fifo = isFifoTopic(found.topic);
  const base = {
    topicArn: found.topic.arn,
    fifo,
    timestamp,
    endpoint: ctx.endpoint,
    signatureVersion: found.topic.attributes.SignatureVersion ?? '1',
    httpDeliveryPolicy: effectiveDeliveryPolicy(found.topic).http,
  };
  const results: Accepted[] = [];
  const fresh: PublishedMessage[] = [];
  if (!fifo) {
    for (const entry of entries) {
      const messageId = randomUUID();
      results.push({ MessageId: messageId });
      fresh.push({ ...base, ...entry, messageId });
    }
  } else {
    ctx.store.transaction(() => {
      const table = ctx.store.table(fifoStateTable, found.ref);
      const state: FifoStateRow = table.get(found.ref.name) ?? { sequence: String(FIRST_SEQUENCE), dedup: {} };
      for (const [id, seen] of Object.entries(state.dedup)) if (seen.expiresMs <= now) delete state.dedup[id];
      let sequence = BigInt(state.sequence);
      for (const entry of entries) {
        const seen = state.dedup[entry.dedupId!];
        if (seen) {
          results.push({ MessageId: seen.messageId, SequenceNumber: seen.sequence });
          continue;
        }
        sequence += 1n;
        const messageId = randomUUID();
        const sequenceNumber = sequence.toString();
        state.dedup[entry.dedupId!] = { messageId, sequence: sequenceNumber, expiresMs: now + DEDUP_WINDOW_MS };
        results.push({ MessageId: messageId, SequenceNumber: sequenceNumber });
        fresh.push({ ...base, ...entry, messageId, sequenceNumber });
      }
      table.put(found.ref.name, { sequence: sequence.toString(), dedup: state.dedup });
    });
  }
  if (fresh.length) {
    const subscriptions = topicSubscriptions(found);
    if (subscriptions.length) for (const message of fresh) fanOut(sns, message, subscriptions);
  }
  return results;
}
