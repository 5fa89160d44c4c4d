import type { OperationContext } from '../../define-service.js';
import { tagTarget } from '../model/tag-target.js';

export function listTagsForResource(input: { ResourceType?: string; ResourceId?: string }, ctx: OperationContext) {
  return { TagList: tagTarget(ctx, input.ResourceType, input.ResourceId).tags };
}
