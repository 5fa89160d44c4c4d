import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { functionNotFound, invalidParameterValue, preconditionFailed, resourceConflict, resourceNotFound, validation } from '../errors.js';
import { aliasKey, functionArn, isVersionNumber, parseFunctionName, type AliasRecord, type FunctionRecord } from '../model.js';
import { loadFunction, versionOf } from '../model/lookup.js';
import { aliasesTable } from '../store.js';

export interface AliasInput {
  FunctionName: string;
  Name: string;
  FunctionVersion?: string;
  Description?: string;
  RoutingConfig?: { AdditionalVersionWeights?: Record<string, number> };
  RevisionId?: string;
}

export function aliasOutput(ctx: OperationContext, functionName: string, alias: AliasRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    AliasArn: functionArn(ctx, functionName, alias.name),
    Name: alias.name,
    FunctionVersion: alias.functionVersion,
    Description: alias.description,
    RevisionId: alias.revisionId,
  };
  if (alias.weights) out.RoutingConfig = { AdditionalVersionWeights: { ...alias.weights } };
  return out;
}

/** Checks an alias's target and its weighted second version, as AWS does. */
export function checkRouting(ctx: OperationContext, record: FunctionRecord, version: string, weights: Record<string, number> | undefined): void {
  versionOf(ctx, record, version);
  if (!weights || Object.keys(weights).length === 0) return;
  const entries = Object.entries(weights);
  if (entries.length > 1) throw invalidParameterValue('Number of items in AdditionalVersionWeights cannot be greater than 1');
  const [other, weight] = entries[0]!;
  if (version === '$LATEST' || other === '$LATEST') throw invalidParameterValue('$LATEST is not supported for an alias pointing to more than 1 version');
  if (!isVersionNumber(other)) throw validation(other, 'routingConfig.additionalVersionWeights', 'Map keys must satisfy constraint: [Member must satisfy regular expression pattern: [0-9]+]');
  if (other === version) throw invalidParameterValue(`Invalid function version ${other}. Function version ${other} is already included in routing configuration.`);
  if (!(weight >= 0 && weight <= 1)) throw validation(weight, 'routingConfig.additionalVersionWeights', 'Map value must satisfy constraint: [Member must have value less than or equal to 1.0, Member must have value greater than or equal to 0.0]');
  try {
    versionOf(ctx, record, other);
  } catch {
    throw resourceNotFound(`Function not found: ${functionArn(ctx, record.name, other)}`);
  }
}

export function createAlias(input: AliasInput, ctx: OperationContext): Record<string, unknown> {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  if (!/^(?!^[0-9]+$)([a-zA-Z0-9-_]+)$/.test(input.Name) || input.Name.length > 128) {
    throw validation(input.Name, 'name', 'Member must satisfy regular expression pattern: (?!^[0-9]+$)([a-zA-Z0-9-_]+)');
  }
  const version = input.FunctionVersion ?? '$LATEST';
  try {
    checkRouting(ctx, record, version, input.RoutingConfig?.AdditionalVersionWeights);
  } catch (error) {
    if (error instanceof Error && error.name === 'ResourceNotFoundException' && !input.RoutingConfig) throw functionNotFound(functionArn(ctx, record.name, version));
    throw error;
  }
  const table = ctx.table(aliasesTable);
  if (table.has(aliasKey(record.name, input.Name))) {
    throw resourceConflict(`Alias already exists: ${functionArn(ctx, record.name, input.Name)}`);
  }
  const weights = input.RoutingConfig?.AdditionalVersionWeights;
  const alias: AliasRecord = {
    name: input.Name,
    functionVersion: version,
    description: input.Description ?? '',
    ...(weights && Object.keys(weights).length ? { weights: { ...weights } } : {}),
    revisionId: randomUUID(),
  };
  table.put(aliasKey(record.name, input.Name), alias);
  return aliasOutput(ctx, record.name, alias);
}

export function getAlias(input: { FunctionName: string; Name: string }, ctx: OperationContext): Record<string, unknown> {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  return aliasOutput(ctx, record.name, requireAlias(ctx, record.name, input.Name));
}

export function requireAlias(ctx: OperationContext, functionName: string, name: string): AliasRecord {
  const alias = ctx.table(aliasesTable).get(aliasKey(functionName, name));
  if (!alias) throw resourceNotFound(`Cannot find alias arn: ${functionArn(ctx, functionName, name)}`);
  return alias;
}

export function updateAlias(input: AliasInput, ctx: OperationContext): Record<string, unknown> {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  const alias = requireAlias(ctx, record.name, input.Name);
  if (input.RevisionId !== undefined && input.RevisionId !== alias.revisionId) throw preconditionFailed();
  const version = input.FunctionVersion ?? alias.functionVersion;
  const weights = input.RoutingConfig ? input.RoutingConfig.AdditionalVersionWeights : alias.weights;
  checkRouting(ctx, record, version, weights);
  const updated: AliasRecord = {
    name: alias.name,
    functionVersion: version,
    description: input.Description ?? alias.description,
    ...(weights && Object.keys(weights).length ? { weights: { ...weights } } : {}),
    revisionId: randomUUID(),
  };
  ctx.table(aliasesTable).put(aliasKey(record.name, alias.name), updated);
  return aliasOutput(ctx, record.name, updated);
}

export function deleteAlias(input: { FunctionName: string; Name: string }, ctx: OperationContext): Record<string, never> {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  ctx.table(aliasesTable).delete(aliasKey(record.name, input.Name));
  return {};
}

export function listAliases(input: { FunctionName: string; FunctionVersion?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext): Record<string, unknown> {
  const record = loadFunction(ctx, parseFunctionName(input.FunctionName, undefined, ctx).name);
  const all = ctx.table(aliasesTable).list({ prefix: `${record.name}:` }).map((r) => r.value)
    .filter((a) => input.FunctionVersion === undefined || a.functionVersion === input.FunctionVersion);
  const start = input.Marker ? Math.max(0, all.findIndex((a) => a.name === input.Marker) + 1) : 0;
  const limit = Math.min(input.MaxItems ?? 50, 10000);
  const page = all.slice(start, start + limit);
  const out: Record<string, unknown> = { Aliases: page.map((a) => aliasOutput(ctx, record.name, a)) };
  if (start + limit < all.length) out.NextMarker = page[page.length - 1]!.name;
  return out;
}
