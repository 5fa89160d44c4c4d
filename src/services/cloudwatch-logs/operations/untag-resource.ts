import type { OperationContext } from '../../define-service.js';
import { groupsTable } from '../store.js';
import { groupOfArn } from './tag-resource.js';

export function untagResource(input: { resourceArn: string; tagKeys: string[] }, ctx: OperationContext): Record<string, never> {
  const group = groupOfArn(ctx, input.resourceArn);
  const tags = { ...group.tags };
  for (const key of input.tagKeys) delete tags[key];
  ctx.table(groupsTable).put(group.name, { ...group, tags });
  return {};
}
