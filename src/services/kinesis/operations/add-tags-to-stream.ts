import type { OperationContext } from '../../define-service.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';
import { checkTags } from '../model/tags.js';
import { Violations } from '../model/violations.js';

export interface AddTagsToStreamInput extends StreamAddress {
  Tags?: Record<string, string>;
}

export function addTagsToStream(input: AddTagsToStreamInput, ctx: OperationContext): Record<string, never> {
  const v = new Violations();
  v.required(input.Tags, 'tags');
  if (input.Tags && Object.keys(input.Tags).length > 10) v.add(input.Tags, 'tags', 'have length less than or equal to 10');
  if (input.Tags && Object.keys(input.Tags).length < 1) v.add(input.Tags, 'tags', 'have length greater than or equal to 1');
  v.throwIfAny();
  const { stream, streams } = findStream(ctx, input);
  checkTags(input.Tags!, stream.tags);
  streams.put(stream.name, { ...stream, tags: { ...stream.tags, ...input.Tags } });
  return {};
}
