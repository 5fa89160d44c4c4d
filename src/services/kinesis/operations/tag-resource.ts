import type { OperationContext } from '../../define-service.js';
import { streamOfResource } from '../model/resource-arn.js';
import { checkTags } from '../model/tags.js';
import { Violations } from '../model/violations.js';

export interface TagResourceInput {
  ResourceARN?: string;
  Tags?: Record<string, string>;
}

export function tagResource(input: TagResourceInput, ctx: OperationContext): Record<string, never> {
  const v = new Violations();
  v.required(input.Tags, 'tags');
  v.throwIfAny();
  const { stream, streams } = streamOfResource(ctx, input.ResourceARN);
  checkTags(input.Tags!, stream.tags);
  streams.put(stream.name, { ...stream, tags: { ...stream.tags, ...input.Tags } });
  return {};
}
