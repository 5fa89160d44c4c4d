import { invalidArgument } from '../errors.js';
import { Violations } from './violations.js';

const MAX_TAGS = 50;

/** Checks tags about to be added to a stream that has `current`; AWS allows 50 per stream. */
export function checkTags(tags: Record<string, string>, current: Record<string, string>): void {
  const v = new Violations();
  for (const [key, value] of Object.entries(tags)) {
    v.length(key, 'tags.key', 1, 128);
    v.length(value, 'tags.value', 0, 256);
  }
  v.throwIfAny();
  for (const key of Object.keys(tags)) {
    if (key.startsWith('aws:')) throw invalidArgument(`Tag keys cannot start with the reserved prefix "aws:": ${key}`);
  }
  const total = new Set([...Object.keys(current), ...Object.keys(tags)]).size;
  if (total > MAX_TAGS) throw invalidArgument(`Failed to add tags to stream because a given stream cannot have more than ${MAX_TAGS} tags associated with it.`);
}

/** Tags as the ListTags operations return them, in key order. */
export function tagList(tags: Record<string, string>): Array<{ Key: string; Value: string }> {
  return Object.keys(tags).sort().map((Key) => ({ Key, Value: tags[Key]! }));
}
