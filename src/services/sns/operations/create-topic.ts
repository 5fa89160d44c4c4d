import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import { topicArn } from '../model/arn.js';
import { mergeTags, validateTags, type Tag } from '../model/tags.js';
import { validateTopicAttribute } from '../model/topic-attributes.js';
import { topicsIn, type TopicRow } from '../store.js';

export interface CreateTopicInput {
  Name?: string;
  Attributes?: Record<string, string>;
  Tags?: Tag[];
  DataProtectionPolicy?: string;
}

const NAME = /^[A-Za-z0-9_-]{1,256}$/;
const FIFO_NAME = /^[A-Za-z0-9_-]{1,251}\.fifo$/;

/** Creates a topic, or returns the existing one when nothing asked for differs from it. */
export function createTopic(input: CreateTopicInput, ctx: OperationContext): { TopicArn: string } {
  const name = input.Name ?? '';
  const attributes = { ...input.Attributes };
  const fifo = attributes.FifoTopic?.toLowerCase() === 'true';
  if (fifo) {
    if (!FIFO_NAME.test(name)) {
      throw invalidParameter('Invalid parameter: Fifo Topic names must end with .fifo and must be made up of only uppercase and lowercase ASCII letters, numbers, underscores, and hyphens, and must be between 1 and 256 characters long.');
    }
  } else if (!NAME.test(name)) {
    throw invalidParameter('Invalid parameter: Topic Name');
  }
  for (const [key, value] of Object.entries(attributes)) validateTopicAttribute(key, value, fifo, true);
  if (input.DataProtectionPolicy !== undefined) validateTopicAttribute('DataProtectionPolicy', input.DataProtectionPolicy, fifo, true);
  if (fifo) attributes.FifoTopic = 'true';
  else delete attributes.FifoTopic;
  const tags = validateTags(input.Tags);

  const arn = topicArn(ctx.accountId, ctx.region, name);
  const topics = topicsIn(ctx.store, ctx);
  const existing = topics.get(name);
  if (existing) {
    const defaults: Record<string, string> = { ContentBasedDeduplication: 'false', DisplayName: '' };
    const differs = Object.entries(attributes).some(([k, v]) => (existing.attributes[k] ?? defaults[k]) !== v);
    if (differs) throw invalidParameter('Invalid parameter: Attributes Reason: Topic already exists with different attributes');
    if (tags.length && tags.some((t) => !existing.tags.some((e) => e.Key === t.Key && e.Value === t.Value))) {
      throw invalidParameter('Invalid parameter: Tags Reason: Topic already exists with different tags');
    }
    return { TopicArn: existing.arn };
  }
  const row: TopicRow = {
    arn,
    name,
    owner: ctx.accountId,
    attributes,
    tags: mergeTags([], tags),
    dataProtectionPolicy: input.DataProtectionPolicy,
    deletedSubscriptions: 0,
    createdMs: ctx.clock.now(),
  };
  topics.put(name, row);
  return { TopicArn: arn };
}
