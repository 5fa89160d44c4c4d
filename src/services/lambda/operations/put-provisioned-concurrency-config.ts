import type { OperationContext } from '../../define-service.js';
import { AwsError } from '../../../shared/aws-error.js';
import { invalidParameterValue, validation } from '../errors.js';
import { functionArn, lastModifiedText, parseFunctionName } from '../model.js';
import { resolveFunction } from '../model/lookup.js';
import { provisionedConcurrencyTable } from '../store.js';

/**
 * Provisioned concurrency settings are stored and reported READY at once; Kumo starts
 * environments on demand either way (its cold starts are short), so nothing is pre-warmed.
 */
export function putProvisionedConcurrencyConfig(input: { FunctionName: string; Qualifier?: string; ProvisionedConcurrentExecutions: number }, ctx: OperationContext): Record<string, unknown> {
  const key = target(ctx, input);
  const wanted = input.ProvisionedConcurrentExecutions;
  if (wanted < 1) throw validation(wanted, 'provisionedConcurrentExecutions', 'Member must have value greater than or equal to 1');
  const record = { requested: wanted, lastModified: ctx.clock.now() };
  ctx.table(provisionedConcurrencyTable).put(key, record);
  return { ...output(record), Status: 'IN_PROGRESS', AvailableProvisionedConcurrentExecutions: 0, AllocatedProvisionedConcurrentExecutions: 0 };
}

export function getProvisionedConcurrencyConfig(input: { FunctionName: string; Qualifier?: string }, ctx: OperationContext): Record<string, unknown> {
  const record = ctx.table(provisionedConcurrencyTable).get(target(ctx, input));
  if (!record) throw notFound();
  return output(record);
}

export function deleteProvisionedConcurrencyConfig(input: { FunctionName: string; Qualifier?: string }, ctx: OperationContext): Record<string, never> {
  const key = target(ctx, input);
  if (!ctx.table(provisionedConcurrencyTable).delete(key)) throw notFound();
  return {};
}

export function listProvisionedConcurrencyConfigs(input: { FunctionName: string; Marker?: string; MaxItems?: number }, ctx: OperationContext): Record<string, unknown> {
  const { name } = parseFunctionName(input.FunctionName, undefined, ctx);
  resolveFunction(ctx, name);
  const rows = ctx.table(provisionedConcurrencyTable).list({ prefix: `${name}:` });
  const start = input.Marker === undefined ? 0 : rows.findIndex((r) => r.key === input.Marker) + 1;
  const size = input.MaxItems ?? 50;
  const page = rows.slice(start, start + size);
  const out: Record<string, unknown> = {
    ProvisionedConcurrencyConfigs: page.map((r) => ({ FunctionArn: functionArn(ctx, name, r.key.slice(name.length + 1)), ...output(r.value) })),
  };
  if (start + size < rows.length) out.NextMarker = page[page.length - 1]!.key;
  return out;
}

function target(ctx: OperationContext, input: { FunctionName: string; Qualifier?: string }): string {
  const ref = parseFunctionName(input.FunctionName, input.Qualifier, ctx);
  if (ref.qualifier === undefined || ref.qualifier === '$LATEST') {
    throw invalidParameterValue(ref.qualifier === undefined ? 'Qualifier must be specified.' : 'Provisioned Concurrency Configs cannot be applied to unpublished function versions.');
  }
  resolveFunction(ctx, input.FunctionName, input.Qualifier);
  return `${ref.name}:${ref.qualifier}`;
}

function notFound(): AwsError {
  return new AwsError('ProvisionedConcurrencyConfigNotFoundException', 'No Provisioned Concurrency Config found for this function', { status: 404, fields: { Type: 'User' } });
}

function output(record: { requested: number; lastModified: number }): Record<string, unknown> {
  return {
    RequestedProvisionedConcurrentExecutions: record.requested,
    AvailableProvisionedConcurrentExecutions: record.requested,
    AllocatedProvisionedConcurrentExecutions: record.requested,
    Status: 'READY',
    LastModified: lastModifiedText(record.lastModified),
  };
}
