import type { OperationContext } from '../../define-service.js';
import type { Tag } from '../model/tags.js';
import { findTaggedTopic } from '../topic-lookup.js';

export function listTagsForResource(input: { ResourceArn?: string }, ctx: OperationContext): { Tags: Tag[] } {
  return { Tags: findTaggedTopic(ctx, input.ResourceArn).topic.tags };
}
