import type { OperationContext } from '../../define-service.js';
import { withTags } from './tags.js';

export function listTagsForResource(input: { ResourceARN?: string }, ctx: OperationContext) {
  return { Tags: withTags(ctx, input.ResourceARN) };
}
