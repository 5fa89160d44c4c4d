import { AwsError } from '../../../shared/aws-error.js';
import { invalidArgument } from '../errors.js';
import type { Tag } from '../store.js';

/** Tag rules S3 enforces for buckets (50 tags) and objects (10 tags). */
export function validateTags(tags: readonly Tag[], limit: number): void {
  if (tags.length > limit) throw new AwsError('BadRequest', `Object tags cannot be greater than ${limit}`);
  const seen = new Set<string>();
  for (const tag of tags) {
    if (typeof tag.Key !== 'string' || tag.Key.length === 0 || tag.Key.length > 128) throw new AwsError('InvalidTag', 'The TagKey you have provided is invalid');
    if (typeof tag.Value !== 'string' || tag.Value.length > 256) throw new AwsError('InvalidTag', 'The TagValue you have provided is invalid');
    if (tag.Key.startsWith('aws:')) throw new AwsError('InvalidTag', 'Your TagKey cannot be prefixed with aws:');
    if (seen.has(tag.Key)) throw new AwsError('InvalidTag', 'Cannot provide multiple Tags with the same key');
    seen.add(tag.Key);
  }
}

/** The x-amz-tagging header: a URL query string of key=value pairs. */
export function parseTaggingHeader(header: string | undefined): Tag[] | undefined {
  if (header === undefined) return undefined;
  const tags: Tag[] = [];
  for (const [Key, Value] of new URLSearchParams(header)) tags.push({ Key, Value });
  if (tags.some((t) => t.Key === '')) throw invalidArgument('The header \'x-amz-tagging\' shall be encoded as UTF-8 then URLEncoded URL query parameters without tag name duplicates.', 'x-amz-tagging', header);
  validateTags(tags, 10);
  return tags;
}
