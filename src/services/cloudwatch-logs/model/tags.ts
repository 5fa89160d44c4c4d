import { constraintViolation } from '../errors.js';

/** AWS's limits on log group tags: 50 per group, keys 1-128, values up to 256, no `aws:` keys. */
export function validateTags(tags: Record<string, string>, existing: Record<string, string> = {}): void {
  for (const [key, value] of Object.entries(tags)) {
    if (key.length < 1 || key.length > 128) throw constraintViolation(key, 'tags', 'Map keys must have length less than or equal to 128');
    if (key.toLowerCase().startsWith('aws:')) throw constraintViolation(key, 'tags', 'Map keys must not start with aws:');
    if (value.length > 256) throw constraintViolation(value, 'tags', 'Map value must have length less than or equal to 256');
  }
  if (Object.keys({ ...existing, ...tags }).length > 50) throw constraintViolation('tags', 'tags', 'Member must have length less than or equal to 50');
}
