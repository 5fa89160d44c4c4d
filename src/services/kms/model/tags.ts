import { tagError, constraint } from '../errors.js';
import type { Tag } from '../store.js';

/** Validates tags and merges them over existing ones (a key's tag keys are unique). */
export function mergeTags(existing: Tag[], added: Tag[] | undefined): Tag[] {
  const merged = new Map(existing.map((t) => [t.TagKey, t.TagValue]));
  for (const tag of added ?? []) {
    if (typeof tag.TagKey !== 'string' || tag.TagKey.length < 1 || tag.TagKey.length > 128) throw constraint(tag.TagKey, 'tags.member.tagKey', 'Member must have length between 1 and 128');
    if (typeof tag.TagValue !== 'string' || tag.TagValue.length > 256) throw constraint(tag.TagValue, 'tags.member.tagValue', 'Member must have length less than or equal to 256');
    if (tag.TagKey.startsWith('aws:')) throw tagError('Tags beginning with aws: are reserved');
    merged.set(tag.TagKey, tag.TagValue);
  }
  if (merged.size > 50) throw tagError('Too many tags');
  return [...merged].map(([TagKey, TagValue]) => ({ TagKey, TagValue }));
}
