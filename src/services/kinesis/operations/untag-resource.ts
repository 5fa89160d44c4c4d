import type { OperationContext } from '../../define-service.js';
import { streamOfResource } from '../model/resource-arn.js';
import { Violations } from '../model/violations.js';

export interface UntagResourceInput {
  ResourceARN?: string;
  TagKeys?: string[];
}

export function untagResource(input: UntagResourceInput, ctx: OperationContext): Record<string, never> {
  const v = new Violations();
  v.required(input.TagKeys, 'tagKeys');
  v.throwIfAny();
  const { stream, streams } = streamOfResource(ctx, input.ResourceARN);
  const tags = { ...stream.tags };
  for (const key of input.TagKeys!) delete tags[key];
  streams.put(stream.name, { ...stream, tags });
  return {};
}
