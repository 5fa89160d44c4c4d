import type { OperationContext } from '../../define-service.js';
import { required } from '../errors.js';
import { tagTarget } from '../model/tag-target.js';
import { parametersTable } from '../store.js';

export function removeTagsFromResource(input: { ResourceType?: string; ResourceId?: string; TagKeys?: string[] }, ctx: OperationContext): Record<string, never> {
  const row = tagTarget(ctx, input.ResourceType, input.ResourceId);
  required(input.TagKeys, 'tagKeys');
  const drop = new Set(input.TagKeys);
  ctx.table(parametersTable).put(row.name, { ...row, tags: row.tags.filter((t) => !drop.has(t.Key)) });
  return {};
}
