import type { OperationContext } from '../../define-service.js';
import { streamOfResource } from '../model/resource-arn.js';
import { tagList } from '../model/tags.js';

export function listTagsForResource(input: { ResourceARN?: string }, ctx: OperationContext): Record<string, unknown> {
  const { stream } = streamOfResource(ctx, input.ResourceARN);
  return { Tags: tagList(stream.tags) };
}
