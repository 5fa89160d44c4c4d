import type { OperationContext } from '../../define-service.js';
import { limitExceeded } from '../errors.js';
import type { Tag } from '../store.js';
import { MAX_TAGS, withTags } from './tags.js';

export function tagResource(input: { ResourceARN?: string; Tags?: Tag[] }, ctx: OperationContext) {
  withTags(ctx, input.ResourceARN, (tags) => {
    const merged = new Map(tags.map((t) => [t.Key, t.Value]));
    for (const tag of input.Tags ?? []) merged.set(tag.Key, tag.Value);
    if (merged.size > MAX_TAGS) throw limitExceeded('The requested resource exceeds the maximum number allowed.');
    return [...merged].map(([Key, Value]) => ({ Key, Value }));
  });
  return {};
}
