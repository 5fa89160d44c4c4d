import type { OperationContext } from '../../define-service.js';
import { tablesTable } from '../store.js';
import { tableForArn } from './tag-resource.js';

export function untagResource(input: { ResourceArn?: string; TagKeys?: string[] }, ctx: OperationContext): Record<string, never> {
  const table = tableForArn(ctx, input.ResourceArn);
  const remove = new Set(input.TagKeys ?? []);
  ctx.table(tablesTable).put(table.name, { ...table, tags: table.tags.filter((t) => !remove.has(t.Key)) });
  return {};
}
