import type { OperationContext } from '../../define-service.js';
import { resourceConflict, resourceNotFound, validation } from '../errors.js';
import { functionArn, isVersionNumber, parseFunctionName } from '../model.js';
import { functionUrlOf, newUrlId, type CorsConfig, type FunctionUrlRecord } from '../model/function-url.js';
import { resolveFunction } from '../model/lookup.js';
import { functionUrlsTable } from '../store.js';

export interface FunctionUrlConfigInput {
  FunctionName: string;
  Qualifier?: string;
  AuthType?: string;
  Cors?: CorsConfig;
  InvokeMode?: string;
}

/** Gives a function (or an alias) an HTTP endpoint; see function-url-endpoint.ts for how it answers. */
export function createFunctionUrlConfig(input: FunctionUrlConfigInput, ctx: OperationContext): Record<string, unknown> {
  const { name, qualifier, arn } = target(ctx, input);
  if (find(ctx, name, qualifier)) {
    throw resourceConflict(`Failed to create function url config for [functionArn = ${arn}]. Error message:  FunctionUrlConfig exists for this Lambda function`);
  }
  const now = ctx.clock.now();
  const record: FunctionUrlRecord = {
    urlId: newUrlId(),
    accountId: ctx.accountId,
    region: ctx.region,
    endpoint: ctx.endpoint,
    functionName: name,
    authType: authType(input.AuthType ?? ''),
    invokeMode: invokeMode(input.InvokeMode),
    creationTime: now,
    lastModifiedTime: now,
  };
  if (qualifier !== undefined) record.qualifier = qualifier;
  if (input.Cors) record.cors = cors(input.Cors);
  ctx.table(functionUrlsTable).put(record.urlId, record);
  const { LastModifiedTime: _omitted, ...out } = output(ctx, record);
  return out;
}

export function getFunctionUrlConfig(input: FunctionUrlConfigInput, ctx: OperationContext): Record<string, unknown> {
  const { name, qualifier } = target(ctx, input);
  return output(ctx, existing(ctx, name, qualifier));
}

export function updateFunctionUrlConfig(input: FunctionUrlConfigInput, ctx: OperationContext): Record<string, unknown> {
  const { name, qualifier } = target(ctx, input);
  const record = { ...existing(ctx, name, qualifier), lastModifiedTime: ctx.clock.now() };
  if (input.AuthType !== undefined) record.authType = authType(input.AuthType);
  if (input.InvokeMode !== undefined) record.invokeMode = invokeMode(input.InvokeMode);
  if (input.Cors !== undefined) record.cors = cors(input.Cors);
  ctx.table(functionUrlsTable).put(record.urlId, record);
  return output(ctx, record);
}

export function deleteFunctionUrlConfig(input: FunctionUrlConfigInput, ctx: OperationContext): Record<string, never> {
  const { name, qualifier } = target(ctx, input);
  ctx.table(functionUrlsTable).delete(existing(ctx, name, qualifier).urlId);
  return {};
}

export function listFunctionUrlConfigs(input: { FunctionName: string; Marker?: string; MaxItems?: number }, ctx: OperationContext): Record<string, unknown> {
  const { name } = parseFunctionName(input.FunctionName, undefined, ctx);
  resolveFunction(ctx, name);
  const all = ctx.table(functionUrlsTable).list().map((r) => r.value).filter((r) => mine(ctx, r) && r.functionName === name);
  const start = input.Marker === undefined ? 0 : all.findIndex((r) => r.urlId === input.Marker) + 1;
  const size = input.MaxItems ?? 50;
  const page = all.slice(start, start + size);
  const out: Record<string, unknown> = { FunctionUrlConfigs: page.map((r) => output(ctx, r)) };
  if (start + size < all.length) out.NextMarker = page[page.length - 1]!.urlId;
  return out;
}

function target(ctx: OperationContext, input: FunctionUrlConfigInput): { name: string; qualifier?: string; arn: string } {
  const ref = parseFunctionName(input.FunctionName, input.Qualifier, ctx);
  // A URL belongs to the function or to an alias; AWS refuses version numbers.
  if (ref.qualifier !== undefined && ref.qualifier !== '$LATEST' && isVersionNumber(ref.qualifier)) {
    throw validation(ref.qualifier, 'qualifier', 'Member must satisfy regular expression pattern: ((?!^\\d+$)^[0-9a-zA-Z-_]+$)');
  }
  const qualifier = ref.qualifier === '$LATEST' ? undefined : ref.qualifier;
  resolveFunction(ctx, ref.name, qualifier);
  return { name: ref.name, qualifier, arn: functionArn(ctx, ref.name, qualifier) };
}

function mine(ctx: OperationContext, record: FunctionUrlRecord): boolean {
  return record.accountId === ctx.accountId && record.region === ctx.region;
}

function find(ctx: OperationContext, name: string, qualifier: string | undefined): FunctionUrlRecord | undefined {
  return ctx.table(functionUrlsTable).list().map((r) => r.value).find((r) => mine(ctx, r) && r.functionName === name && r.qualifier === qualifier);
}

function existing(ctx: OperationContext, name: string, qualifier: string | undefined): FunctionUrlRecord {
  const record = find(ctx, name, qualifier);
  if (!record) throw resourceNotFound('The resource you requested does not exist.');
  return record;
}

function authType(value: string): 'NONE' | 'AWS_IAM' {
  if (value !== 'NONE' && value !== 'AWS_IAM') throw validation(value, 'authType', 'Member must satisfy enum value set: [AWS_IAM, NONE]');
  return value;
}

function invokeMode(value: string | undefined): string {
  if (value !== undefined && value !== 'BUFFERED' && value !== 'RESPONSE_STREAM') throw validation(value, 'invokeMode', 'Member must satisfy enum value set: [RESPONSE_STREAM, BUFFERED]');
  return value ?? 'BUFFERED';
}

function cors(value: CorsConfig): CorsConfig {
  if (value.MaxAge !== undefined && (value.MaxAge < 0 || value.MaxAge > 86400)) throw validation(value.MaxAge, 'cors.maxAge', 'Member must have value less than or equal to 86400');
  return { ...value };
}

function output(ctx: OperationContext, record: FunctionUrlRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    FunctionUrl: functionUrlOf(record),
    FunctionArn: functionArn(ctx, record.functionName, record.qualifier),
    AuthType: record.authType,
    CreationTime: new Date(record.creationTime).toISOString(),
    LastModifiedTime: new Date(record.lastModifiedTime).toISOString(),
    InvokeMode: record.invokeMode,
  };
  if (record.cors) out.Cors = record.cors;
  return out;
}
