import type { OperationContext } from '../../define-service.js';
import { replaceObjectTags } from '../model/object-tagging.js';

export function deleteObjectTagging(input: { Bucket: string; Key: string; VersionId?: string }, ctx: OperationContext): { VersionId?: string } {
  return replaceObjectTags(ctx, input, [], 'DELETE');
}
