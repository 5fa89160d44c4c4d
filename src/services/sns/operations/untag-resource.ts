import type { OperationContext } from '../../define-service.js';
import { findTaggedTopic } from '../topic-lookup.js';

export function untagResource(input: { ResourceArn?: string; TagKeys?: string[] }, ctx: OperationContext): Record<string, never> {
  const found = findTaggedTopic(ctx, input.ResourceArn);
  const removed = new Set(input.TagKeys ?? []);
  found.topics.put(found.ref.name, { ...found.topic, tags: found.topic.tags.filter((t) => !removed.has(t.Key)) });
  return {};
}
