import type { OperationContext } from '../../define-service.js';
import { invalidParameter } from '../errors.js';
import type { LogGroup } from '../model.js';
import { requireGroup } from '../model/log-data.js';
import { validateTags } from '../model/tags.js';
import { groupsTable } from '../store.js';

export function tagResource(input: { resourceArn: string; tags: Record<string, string> }, ctx: OperationContext): Record<string, never> {
  const group = groupOfArn(ctx, input.resourceArn);
  validateTags(input.tags, group.tags);
  ctx.table(groupsTable).put(group.name, { ...group, tags: { ...group.tags, ...input.tags } });
  return {};
}

/** The log group an ARN names (`arn:aws:logs:<region>:<account>:log-group:<name>`, `:*` allowed). */
export function groupOfArn(ctx: OperationContext, arn: string): LogGroup {
  const m = /^arn:aws[\w-]*:logs:([^:]*):(\d{12}):log-group:([^:]+)(:\*)?$/.exec(arn);
  if (!m) throw invalidParameter(`Invalid ARN: ${arn}`);
  if (m[1] !== ctx.region || m[2] !== ctx.accountId) throw invalidParameter('The specified resource ARN is not in this account and region.');
  return requireGroup(ctx, m[3]!);
}
