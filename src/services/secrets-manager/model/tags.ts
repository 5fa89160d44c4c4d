import { validation } from '../errors.js';
import type { SecretTag } from '../store.js';

export function checkTags(existing: SecretTag[], added: SecretTag[] | undefined): SecretTag[] {
  const merged = new Map(existing.map((t) => [t.Key, t.Value]));
  for (const tag of added ?? []) {
    if (typeof tag.Key !== 'string' || tag.Key.length < 1 || tag.Key.length > 128) throw validation(tag.Key, 'tags.member.key', 'Member must have length between 1 and 128');
    if (typeof tag.Value !== 'string' || tag.Value.length > 256) throw validation(tag.Value, 'tags.member.value', 'Member must have length less than or equal to 256');
    merged.set(tag.Key, tag.Value);
  }
  if (merged.size > 50) throw validation(merged.size, 'tags', 'Member must have length less than or equal to 50');
  return [...merged].map(([Key, Value]) => ({ Key, Value }));
}
