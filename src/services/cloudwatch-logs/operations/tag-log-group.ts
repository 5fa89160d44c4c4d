import type { OperationContext } from '../../define-service.js';
import { requireGroup } from '../model/log-data.js';
import { validateTags } from '../model/tags.js';
import { groupsTable } from '../store.js';

/** The older, name-based tagging calls (deprecated by AWS, still used by many tools). */
export function tagLogGroup(input: { logGroupName: string; tags: Record<string, string> }, ctx: OperationContext): Record<string, never> {
  const group = requireGroup(ctx, input.logGroupName);
  validateTags(input.tags, group.tags);
  ctx.table(groupsTable).put(group.name, { ...group, tags: { ...group.tags, ...input.tags } });
  return {};
}

export function untagLogGroup(input: { logGroupName: string; tags: string[] }, ctx: OperationContext): Record<string, never> {
  const group = requireGroup(ctx, input.logGroupName);
  const tags = { ...group.tags };
  for (const key of input.tags) delete tags[key];
  ctx.table(groupsTable).put(group.name, { ...group, tags });
  return {};
}

export function listTagsLogGroup(input: { logGroupName: string }, ctx: OperationContext): { tags: Record<string, string> } {
  return { tags: { ...requireGroup(ctx, input.logGroupName).tags } };
}
