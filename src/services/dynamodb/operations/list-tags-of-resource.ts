import type { OperationContext } from '../../define-service.js';
import type { Tag } from './tag-resource.js';
import { tableForArn } from './tag-resource.js';

export function listTagsOfResource(input: { ResourceArn?: string; NextToken?: string }, ctx: OperationContext): { Tags: Tag[] } {
  return { Tags: tableForArn(ctx, input.ResourceArn).tags };
}
