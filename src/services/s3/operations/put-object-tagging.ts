import type { OperationContext } from '../../define-service.js';
import { malformedXml } from '../errors.js';
import { replaceObjectTags } from '../model/object-tagging.js';
import { validateTags } from '../model/tags.js';
import type { Tag } from '../store.js';

export interface PutObjectTaggingInput {
  Bucket: string;
  Key: string;
  VersionId?: string;
  Tagging?: { TagSet?: Tag[] };
}

/** Replaces the tag set (at most 10 tags); the versionId names a version, else the current one. */
export function putObjectTagging(input: PutObjectTaggingInput, ctx: OperationContext): { VersionId?: string } {
  const tags = input.Tagging?.TagSet;
  if (!tags) throw malformedXml();
  validateTags(tags, 10);
  return replaceObjectTags(ctx, input, tags, 'PUT');
}
