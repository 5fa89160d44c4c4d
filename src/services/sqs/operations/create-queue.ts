import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, queueDeletedRecently, queueNameExists } from '../errors.js';
import { checkAttributes, defaultAttributes } from '../model/queue-attributes.js';
import { checkQueueName } from '../model/queue-name.js';
import { queueUrl } from '../model/queue-url.js';
import { findQueueByArn, sqsTables } from '../model/queues.js';
import { checkTags } from './tag-queue.js';

export interface CreateQueueInput {
  QueueName?: string;
  Attributes?: Record<string, string>;
  tags?: Record<string, string>;
}

const DELETED_RECENTLY_MS = 60_000;

/**
 * Creates a queue, or answers the existing one's URL when every attribute the request names
 * has the same value (AWS compares only the attributes given); QueueAlreadyExists otherwise.
 */
export function createQueue(input: CreateQueueInput, ctx: OperationContext): { QueueUrl: string } {
  const requested = input.Attributes ?? {};
  const fifo = checkQueueName(input.QueueName, requested.FifoQueue);
  const name = input.QueueName!;
  const attributes = checkAttributes(requested, { fifo, creating: true, queueExists: (arn) => findQueueByArn(ctx, arn) !== undefined });
  const tags = input.tags ?? {};
  checkTags(tags);
  const tables = sqsTables(ctx, ctx);
  const address = { accountId: ctx.accountId, region: ctx.region, name };
  const now = ctx.clock.now();

  return ctx.store.transaction(() => {
    const existing = tables.queues.get(name);
    if (existing) {
      for (const [key, value] of Object.entries(attributes)) {
        const current = existing.attributes[key] ?? (key === 'FifoQueue' ? 'false' : '');
        if (current !== value) throw queueNameExists(key);
      }
      return { QueueUrl: queueUrl(ctx.endpoint, address) };
    }
    const deleted = tables.deleted.get(name);
    if (deleted && now - deleted.deleted < DELETED_RECENTLY_MS) throw queueDeletedRecently(name);
    if (deleted) tables.deleted.delete(name);
    const all = { ...defaultAttributes(fifo), ...attributes };
    for (const [key, value] of Object.entries(all)) if (value === '') delete all[key];
    // A standard queue shows no FifoQueue attribute, even when created with FifoQueue=false.
    if (!fifo) delete all.FifoQueue;
    if (all.KmsMasterKeyId && requested.SqsManagedSseEnabled === undefined) all.SqsManagedSseEnabled = 'false';
    if (all.KmsMasterKeyId && all.KmsDataKeyReusePeriodSeconds === undefined) all.KmsDataKeyReusePeriodSeconds = '300';
    if (fifo && all.FifoThroughputLimit === 'perMessageGroupId' && all.DeduplicationScope !== 'messageGroup') {
      throw invalidParameterValue('The perMessageGroupId value is allowed only when the value for DeduplicationScope is messageGroup');
    }
    tables.queues.put(name, { name, created: now, modified: now, attributes: all, tags: { ...tags } });
    return { QueueUrl: queueUrl(ctx.endpoint, address) };
  });
}
