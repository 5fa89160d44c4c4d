import { constraint, ssmError } from '../errors.js';
import type { ParameterTag } from '../store.js';

export function checkTags(existing: ParameterTag[], added: ParameterTag[] | undefined): ParameterTag[] {
  const merged = new Map(existing.map((t) => [t.Key, t.Value]));
  for (const tag of added ?? []) {
    if (typeof tag.Key !== 'string' || tag.Key.length < 1 || tag.Key.length > 128) throw constraint(tag.Key, 'tags.member.key', 'Member must have length between 1 and 128');
    if (typeof tag.Value !== 'string' || tag.Value.length > 256) throw constraint(tag.Value, 'tags.member.value', 'Member must have length less than or equal to 256');
    merged.set(tag.Key, tag.Value);
  }
  if (merged.size > 50) throw ssmError('TooManyTagsError', 'The Tags parameter contains too many tags.');
  return [...merged].map(([Key, Value]) => ({ Key, Value }));
}
