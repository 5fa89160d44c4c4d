import type { OperationContext } from '../../define-service.js';
import { resourceNotFound, validation } from '../errors.js';
import { tablesTable, type TableRecord } from '../store.js';

export interface Tag {
  Key: string;
  Value: string;
}

export function checkTags(tags: Tag[]): Tag[] {
  for (const tag of tags) {
    if (tag.Key === undefined || tag.Key.length < 1 || tag.Key.length > 128) throw validation('One or more parameter values were invalid: Tag key must be between 1 and 128 characters long');
    if ((tag.Value ?? '').length > 256) throw validation('One or more parameter values were invalid: Tag value must be between 0 and 256 characters long');
    if (tag.Key.startsWith('aws:')) throw validation("One or more parameter values were invalid: Tag key may not begin with 'aws:'");
  }
  return tags.map((t) => ({ Key: t.Key, Value: t.Value ?? '' }));
}

/** The table an ARN names, in this account and region. */
export function tableForArn(ctx: OperationContext, arn: string | undefined): TableRecord {
  const m = /^arn:aws[a-z-]*:dynamodb:([^:]+):(\d{12}):table\/([a-zA-Z0-9_.-]+)$/.exec(arn ?? '');
  if (!m) throw validation(`Invalid TableArn: Invalid ResourceArn provided as input ${arn}`);
  const table = m[1] === ctx.region && m[2] === ctx.accountId ? ctx.table(tablesTable).get(m[3]!) : undefined;
  if (!table) throw resourceNotFound(`Requested resource not found: ResourcArn: ${arn} not found`);
  return table;
}

export function tagResource(input: { ResourceArn?: string; Tags?: Tag[] }, ctx: OperationContext): Record<string, never> {
  const table = tableForArn(ctx, input.ResourceArn);
  const tags = new Map(table.tags.map((t) => [t.Key, t.Value]));
  for (const tag of checkTags(input.Tags ?? [])) tags.set(tag.Key, tag.Value);
  if (tags.size > 50) throw validation('One or more parameter values were invalid: The number of tags exceeds the limit of 50');
  ctx.table(tablesTable).put(table.name, { ...table, tags: [...tags].map(([Key, Value]) => ({ Key, Value })) });
  return {};
}
