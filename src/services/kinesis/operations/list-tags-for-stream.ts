import type { OperationContext } from '../../define-service.js';
import { findStream, type StreamAddress } from '../model/stream-lookup.js';
import { tagList } from '../model/tags.js';
import { Violations } from '../model/violations.js';

export interface ListTagsForStreamInput extends StreamAddress {
  ExclusiveStartTagKey?: string;
  Limit?: number;
}

export function listTagsForStream(input: ListTagsForStreamInput, ctx: OperationContext): Record<string, unknown> {
  const v = new Violations();
  v.range(input.Limit, 'limit', 1, 50);
  v.length(input.ExclusiveStartTagKey, 'exclusiveStartTagKey', 1, 128);
  v.throwIfAny();
  const { stream } = findStream(ctx, input);
  const limit = input.Limit ?? 50;
  const tags = tagList(stream.tags).filter((t) => input.ExclusiveStartTagKey === undefined || t.Key > input.ExclusiveStartTagKey);
  return { Tags: tags.slice(0, limit), HasMoreTags: tags.length > limit };
}
