import type { OperationContext } from '../../define-service.js';
import { groupOfArn } from './tag-resource.js';

export function listTagsForResource(input: { resourceArn: string }, ctx: OperationContext): { tags: Record<string, string> } {
  return { tags: { ...groupOfArn(ctx, input.resourceArn).tags } };
}
