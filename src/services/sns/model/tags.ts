import { invalidParameter, tagLimitExceeded } from '../errors.js';

export interface Tag {
  Key: string;
  Value: string;
}

const MAX_TAGS = 50;

/** Checks tags as SNS does: keys 1-128 and values 0-256 characters of the allowed set. */
export function validateTags(tags: unknown): Tag[] {
  if (!Array.isArray(tags)) return [];
  const out: Tag[] = [];
  for (const tag of tags as Array<Partial<Tag>>) {
    const key = tag.Key;
    const value = tag.Value ?? '';
    if (typeof key !== 'string' || key.length < 1 || key.length > 128 || !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(key)) {
      throw invalidParameter('Invalid parameter: Tags Reason: Tag key is invalid');
    }
    if (key.toLowerCase().startsWith('aws:')) throw invalidParameter('Invalid parameter: Tags Reason: Tag keys must not start with "aws:"');
    if (value.length > 256 || !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(value)) throw invalidParameter('Invalid parameter: Tags Reason: Tag value is invalid');
    out.push({ Key: key, Value: value });
  }
  return out;
}

/** Adds or replaces tags, keeping the existing order; TagLimitExceeded past 50. */
export function mergeTags(existing: Tag[], added: Tag[]): Tag[] {
  const merged = existing.map((t) => ({ ...t }));
  for (const tag of added) {
    const found = merged.find((t) => t.Key === tag.Key);
    if (found) found.Value = tag.Value;
    else merged.push(tag);
  }
  if (merged.length > MAX_TAGS) throw tagLimitExceeded();
  return merged;
}
