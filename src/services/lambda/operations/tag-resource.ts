import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue } from '../errors.js';
import type { FunctionRecord } from '../model.js';
import { loadFunction } from '../model/lookup.js';
import { functionsTable } from '../store.js';

/** Tags belong to the function (an unqualified ARN), as on AWS. */
export function functionOfArn(ctx: OperationContext, arn: string): FunctionRecord {
  const m = /^arn:aws[a-zA-Z-]*:lambda:([a-z0-9-]+):(\d{12}):function:([a-zA-Z0-9-_]+)$/.exec(arn);
  if (!m) throw invalidParameterValue(`1 validation error detected: Value '${arn}' at 'resource' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*):lambda:[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:(function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?|layer:[a-zA-Z0-9-_]+|code-signing-config:csc-[a-z0-9]{17}|event-source-mapping:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})`);
  if (m[1] !== ctx.region || m[2] !== ctx.accountId) throw invalidParameterValue(`The resource ${arn} is not in this account and region.`);
  return loadFunction(ctx, m[3]!);
}

export function tagResource(input: { Resource: string; Tags: Record<string, string> }, ctx: OperationContext): Record<string, never> {
  const record = functionOfArn(ctx, input.Resource);
  const tags = { ...record.tags, ...input.Tags };
  if (Object.keys(tags).length > 50) throw invalidParameterValue('Number of tags exceeds resource tag limit.');
  if (Object.keys(input.Tags).some((k) => k.toLowerCase().startsWith('aws:'))) throw invalidParameterValue('Tag keys starting with aws: are reserved.');
  ctx.table(functionsTable).put(record.name, { ...record, tags });
  return {};
}

export function untagResource(input: { Resource: string; TagKeys: string[] }, ctx: OperationContext): Record<string, never> {
  const record = functionOfArn(ctx, input.Resource);
  const tags = { ...record.tags };
  for (const key of input.TagKeys) delete tags[key];
  ctx.table(functionsTable).put(record.name, { ...record, tags });
  return {};
}

export function listTags(input: { Resource: string }, ctx: OperationContext): { Tags: Record<string, string> } {
  return { Tags: { ...functionOfArn(ctx, input.Resource).tags } };
}
