import type { OperationContext } from '../../define-service.js';
import { required } from '../errors.js';
import { tagTarget } from '../model/tag-target.js';
import { checkTags } from '../model/tags.js';
import { parametersTable, type ParameterTag } from '../store.js';

export function addTagsToResource(input: { ResourceType?: string; ResourceId?: string; Tags?: ParameterTag[] }, ctx: OperationContext): Record<string, never> {
  const row = tagTarget(ctx, input.ResourceType, input.ResourceId);
  required(input.Tags, 'tags');
  ctx.table(parametersTable).put(row.name, { ...row, tags: checkTags(row.tags, input.Tags) });
  return {};
}
