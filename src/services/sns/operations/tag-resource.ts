import type { OperationContext } from '../../define-service.js';
import { mergeTags, validateTags, type Tag } from '../model/tags.js';
import { findTaggedTopic } from '../topic-lookup.js';

export function tagResource(input: { ResourceArn?: string; Tags?: Tag[] }, ctx: OperationContext): Record<string, never> {
  const found = findTaggedTopic(ctx, input.ResourceArn);
  const tags = mergeTags(found.topic.tags, validateTags(input.Tags));
  found.topics.put(found.ref.name, { ...found.topic, tags });
  return {};
}
