import type { OperationContext } from '../../define-service.js';
import { invalidParameterValue, resourceNotFound, validation } from '../errors.js';
import { functionArn, parseFunctionName } from '../model.js';
import type { EventInvokeConfigRecord } from '../model/async-invocations.js';
import { resolveFunction } from '../model/lookup.js';
import { eventInvokeConfigsTable } from '../store.js';

export interface EventInvokeConfigInput {
  FunctionName: string;
  Qualifier?: string;
  MaximumRetryAttempts?: number;
  MaximumEventAgeInSeconds?: number;
  DestinationConfig?: { OnSuccess?: { Destination?: string }; OnFailure?: { Destination?: string } };
}

/** Replaces the whole config (unset members go back to their defaults). */
export function putFunctionEventInvokeConfig(input: EventInvokeConfigInput, ctx: OperationContext): Record<string, unknown> {
  const { key, arn } = target(ctx, input);
  const record = apply({ lastModified: ctx.clock.now() }, input);
  ctx.table(eventInvokeConfigsTable).put(key, record);
  return output(arn, record);
}

/** Changes only the members given. */
export function updateFunctionEventInvokeConfig(input: EventInvokeConfigInput, ctx: OperationContext): Record<string, unknown> {
  const { key, arn } = target(ctx, input);
  const current = ctx.table(eventInvokeConfigsTable).get(key) ?? { lastModified: 0 };
  const record = apply({ ...current, lastModified: ctx.clock.now() }, input);
  ctx.table(eventInvokeConfigsTable).put(key, record);
  return output(arn, record);
}

export function getFunctionEventInvokeConfig(input: EventInvokeConfigInput, ctx: OperationContext): Record<string, unknown> {
  const { key, arn } = target(ctx, input);
  return output(arn, existing(ctx, key, arn));
}

export function deleteFunctionEventInvokeConfig(input: EventInvokeConfigInput, ctx: OperationContext): Record<string, never> {
  const { key, arn } = target(ctx, input);
  existing(ctx, key, arn);
  ctx.table(eventInvokeConfigsTable).delete(key);
  return {};
}

export function listFunctionEventInvokeConfigs(input: { FunctionName: string; Marker?: string; MaxItems?: number }, ctx: OperationContext): Record<string, unknown> {
  const { name } = parseFunctionName(input.FunctionName, undefined, ctx);
  resolveFunction(ctx, name);
  const rows = ctx.table(eventInvokeConfigsTable).list({ prefix: `${name}:` });
  const start = input.Marker === undefined ? 0 : rows.findIndex((r) => r.key === input.Marker) + 1;
  const size = input.MaxItems ?? 50;
  const page = rows.slice(start, start + size);
  const out: Record<string, unknown> = { FunctionEventInvokeConfigs: page.map((r) => output(functionArn(ctx, name, r.key.slice(name.length + 1)), r.value)) };
  if (start + size < rows.length) out.NextMarker = page[page.length - 1]!.key;
  return out;
}

function target(ctx: OperationContext, input: EventInvokeConfigInput): { key: string; arn: string } {
  const ref = parseFunctionName(input.FunctionName, input.Qualifier, ctx);
  resolveFunction(ctx, input.FunctionName, input.Qualifier);
  const qualifier = ref.qualifier ?? '$LATEST';
  return { key: `${ref.name}:${qualifier}`, arn: functionArn(ctx, ref.name, qualifier) };
}

function existing(ctx: OperationContext, key: string, arn: string): EventInvokeConfigRecord {
  const record = ctx.table(eventInvokeConfigsTable).get(key);
  if (!record) throw resourceNotFound(`The function ${arn} doesn't have an EventInvokeConfig`);
  return record;
}

function apply(record: EventInvokeConfigRecord, input: EventInvokeConfigInput): EventInvokeConfigRecord {
  const retries = input.MaximumRetryAttempts;
  if (retries !== undefined) {
    if (retries < 0 || retries > 2) throw validation(retries, 'maximumRetryAttempts', `Member must have value ${retries < 0 ? 'greater than or equal to 0' : 'less than or equal to 2'}`);
    record.maximumRetryAttempts = retries;
  }
  const age = input.MaximumEventAgeInSeconds;
  if (age !== undefined) {
    if (age < 60 || age > 21600) throw validation(age, 'maximumEventAgeInSeconds', `Member must have value ${age < 60 ? 'greater than or equal to 60' : 'less than or equal to 21600'}`);
    record.maximumEventAgeInSeconds = age;
  }
  if (input.DestinationConfig) {
    const success = input.DestinationConfig.OnSuccess?.Destination;
    const failure = input.DestinationConfig.OnFailure?.Destination;
    for (const arn of [success, failure]) {
      if (arn !== undefined && !/^arn:aws[a-zA-Z-]*:(sqs|sns|lambda|events):/.test(arn)) {
        throw invalidParameterValue(`The provided destination config DestinationConfig is invalid: ${arn} is not a supported destination (SQS queue, SNS topic, Lambda function or EventBridge event bus).`);
      }
    }
    if (input.DestinationConfig.OnSuccess !== undefined) record.onSuccess = success;
    if (input.DestinationConfig.OnFailure !== undefined) record.onFailure = failure;
  }
  return record;
}

function output(arn: string, record: EventInvokeConfigRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    LastModified: new Date(record.lastModified),
    FunctionArn: arn,
    DestinationConfig: { OnSuccess: record.onSuccess ? { Destination: record.onSuccess } : {}, OnFailure: record.onFailure ? { Destination: record.onFailure } : {} },
  };
  if (record.maximumRetryAttempts !== undefined) out.MaximumRetryAttempts = record.maximumRetryAttempts;
  if (record.maximumEventAgeInSeconds !== undefined) out.MaximumEventAgeInSeconds = record.maximumEventAgeInSeconds;
  return out;
}
