import type { OperationContext } from '../../define-service.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';
import { Violations } from '../model/violations.js';

export interface RemoveTagsFromStreamInput extends StreamAddress {
  TagKeys?: string[];
}

export function removeTagsFromStream(input: RemoveTagsFromStreamInput, ctx: OperationContext): Record<string, never> {
  const v = new Violations();
  v.required(input.TagKeys, 'tagKeys');
  if (input.TagKeys && (input.TagKeys.length < 1 || input.TagKeys.length > 10)) {
    v.add(input.TagKeys, 'tagKeys', input.TagKeys.length < 1 ? 'have length greater than or equal to 1' : 'have length less than or equal to 10');
  }
  v.throwIfAny();
  const { stream, streams } = findStream(ctx, input);
  const tags = { ...stream.tags };
  for (const key of input.TagKeys!) delete tags[key];
  streams.put(stream.name, { ...stream, tags });
  return {};
}
