import { randomUUID } from 'node:crypto';
import type { OperationContext } from '../../define-service.js';
import { AwsError, isAwsError } from '../../../shared/aws-error.js';
import { invalidParameterValue, resourceConflict, resourceNotFound, validation } from '../errors.js';
import { functionArn, parseFunctionName } from '../model.js';
import { parseFilterPatterns } from '../model/event-filter.js';
import { eventSourceKind, mappingOutput, type EventSourceMappingRecord } from '../model/event-source-mapping.js';
import { MAPPINGS_SCOPE, settleSoon } from '../model/event-source-worker.js';
import { resolveFunction } from '../model/lookup.js';
import { lambdaRuntime } from '../runtime-state.js';
import { mappingsTable } from '../store.js';
import { checkStreamSource, streamSettings, type StreamSettingsInput } from '../model/stream-settings.js';

export interface MappingInput extends StreamSettingsInput {
  FunctionName?: string;
  Enabled?: boolean;
  BatchSize?: number;
  MaximumBatchingWindowInSeconds?: number;
  FilterCriteria?: { Filters?: Array<{ Pattern?: string }> };
  FunctionResponseTypes?: string[];
  ScalingConfig?: { MaximumConcurrency?: number };
}

export interface CreateEventSourceMappingInput extends MappingInput {
  EventSourceArn?: string;
  FunctionName: string;
  StartingPosition?: string;
  StartingPositionTimestamp?: Date;
}

/** Creates a mapping in state Creating; the worker moves it to Enabled (or Disabled) moments later. */
export async function createEventSourceMapping(input: CreateEventSourceMappingInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const arn = input.EventSourceArn ?? '';
  const kind = eventSourceKind(arn);
  if (!kind) throw invalidParameterValue('Unrecognized event source, must be kinesis, dynamodb stream or sqs.');
  const fnArn = targetFunctionArn(ctx, input.FunctionName);
  const table = ctx.table(mappingsTable);
  const existing = table.list().find((r) => r.value.accountId === ctx.accountId && r.value.region === ctx.region && r.value.eventSourceArn === arn && r.value.functionArn === fnArn);
  if (existing) {
    throw resourceConflict(`The event source arn (" ${arn} ") and function (" ${fnArn.split(':')[6]} ") provided mapping already exists. Please update or delete the existing mapping with UUID ${existing.key}`);
  }
  const record: EventSourceMappingRecord = {
    uuid: randomUUID(),
    accountId: ctx.accountId,
    region: ctx.region,
    endpoint: ctx.endpoint,
    eventSourceArn: arn,
    functionArn: fnArn,
    batchSize: input.BatchSize ?? (kind === 'sqs' ? 10 : 100),
    maximumBatchingWindowInSeconds: input.MaximumBatchingWindowInSeconds ?? 0,
    enabled: input.Enabled ?? true,
    state: 'Creating',
    stateTransitionReason: 'USER_INITIATED',
    lastModified: ctx.clock.now(),
    functionResponseTypes: [],
  };
  applySettings(record, input);
  if (kind === 'sqs') await checkQueue(ctx, record);
  else Object.assign(record, await checkStreamSource(ctx, record, input));
  table.put(record.uuid, record);
  settleSoon(lambdaRuntime(ctx.store));
  return mappingOutput(record);
}

export function getEventSourceMapping(input: { UUID: string }, ctx: OperationContext): Record<string, unknown> {
  return mappingOutput(loadMapping(ctx, input.UUID));
}

export interface UpdateEventSourceMappingInput extends MappingInput {
  UUID: string;
}

export async function updateEventSourceMapping(input: UpdateEventSourceMappingInput, ctx: OperationContext): Promise<Record<string, unknown>> {
  const current = loadMapping(ctx, input.UUID);
  if (current.state !== 'Enabled' && current.state !== 'Disabled') {
    throw new AwsError('ResourceInUseException', `Cannot update the event source mapping because it is in use.`, { status: 400, fields: { Type: 'User' } });
  }
  const record: EventSourceMappingRecord = { ...current, lastModified: ctx.clock.now() };
  if (input.FunctionName !== undefined) record.functionArn = targetFunctionArn(ctx, input.FunctionName);
  if (input.BatchSize !== undefined) record.batchSize = input.BatchSize;
  if (input.MaximumBatchingWindowInSeconds !== undefined) record.maximumBatchingWindowInSeconds = input.MaximumBatchingWindowInSeconds;
  applySettings(record, input);
  if (eventSourceKind(record.eventSourceArn) === 'sqs') await checkQueue(ctx, record);
  const onlyToggle = input.Enabled !== undefined && Object.keys(input).filter((k) => k !== 'UUID' && k !== 'Enabled' && (input as unknown as Record<string, unknown>)[k] !== undefined).length === 0;
  if (input.Enabled !== undefined) record.enabled = input.Enabled;
  record.state = onlyToggle ? (record.enabled ? 'Enabling' : 'Disabling') : 'Updating';
  ctx.table(mappingsTable).put(record.uuid, record);
  settleSoon(lambdaRuntime(ctx.store));
  return mappingOutput(record);
}

export function deleteEventSourceMapping(input: { UUID: string }, ctx: OperationContext): Record<string, unknown> {
  const current = loadMapping(ctx, input.UUID);
  if (current.state === 'Creating' || current.state === 'Updating' || current.state === 'Enabling' || current.state === 'Disabling') {
    throw new AwsError('ResourceInUseException', `Cannot delete the event source mapping because it is in use.`, { status: 400, fields: { Type: 'User' } });
  }
  const record: EventSourceMappingRecord = { ...current, state: 'Deleting', lastModified: ctx.clock.now() };
  ctx.table(mappingsTable).put(record.uuid, record);
  settleSoon(lambdaRuntime(ctx.store));
  return mappingOutput(record);
}

export function listEventSourceMappings(input: { EventSourceArn?: string; FunctionName?: string; Marker?: string; MaxItems?: number }, ctx: OperationContext): Record<string, unknown> {
  if (input.MaxItems !== undefined && (input.MaxItems < 1 || input.MaxItems > 10000)) {
    throw validation(input.MaxItems, 'maxItems', `Member must have value ${input.MaxItems < 1 ? 'greater than or equal to 1' : 'less than or equal to 10000'}`);
  }
  const fn = input.FunctionName === undefined ? undefined : parseFunctionName(input.FunctionName, undefined, ctx);
  const rows = ctx
    .table(mappingsTable)
    .list()
    .map((r) => r.value)
    .filter((m) => m.accountId === ctx.accountId && m.region === ctx.region)
    .filter((m) => input.EventSourceArn === undefined || m.eventSourceArn === input.EventSourceArn)
    .filter((m) => !fn || (m.functionArn.split(':')[6] === fn.name && (fn.qualifier === undefined || m.functionArn.split(':')[7] === fn.qualifier)));
  const start = input.Marker === undefined ? 0 : rows.findIndex((m) => m.uuid === input.Marker) + 1;
  const size = input.MaxItems ?? 100;
  const page = rows.slice(start, start + size);
  const out: Record<string, unknown> = { EventSourceMappings: page.map(mappingOutput) };
  if (start + size < rows.length) out.NextMarker = page[page.length - 1]!.uuid;
  return out;
}

function loadMapping(ctx: OperationContext, uuid: string): EventSourceMappingRecord {
  const record = ctx.table(mappingsTable).get(uuid);
  if (!record || record.accountId !== ctx.accountId || record.region !== ctx.region) throw resourceNotFound('The resource you requested does not exist.');
  return record;
}

function targetFunctionArn(ctx: OperationContext, name: string): string {
  const ref = parseFunctionName(name, undefined, ctx);
  resolveFunction(ctx, name);
  return functionArn(ctx, ref.name, ref.qualifier);
}

/** Settings shared by create and update, checked against AWS's limits for the source. */
function applySettings(record: EventSourceMappingRecord, input: MappingInput): void {
  const sqs = eventSourceKind(record.eventSourceArn) === 'sqs';
  if (input.BatchSize !== undefined) {
    if (input.BatchSize < 1) throw validation(input.BatchSize, 'batchSize', 'Member must have value greater than or equal to 1');
    if (input.BatchSize > 10000) throw validation(input.BatchSize, 'batchSize', 'Member must have value less than or equal to 10000');
  }
  const window = input.MaximumBatchingWindowInSeconds;
  if (window !== undefined && (window < 0 || window > 300)) {
    throw validation(window, 'maximumBatchingWindowInSeconds', `Member must have value ${window < 0 ? 'greater than or equal to 0' : 'less than or equal to 300'}`);
  }
  if (input.FunctionResponseTypes !== undefined) {
    for (const type of input.FunctionResponseTypes) {
      if (type !== 'ReportBatchItemFailures') throw validation(`[${input.FunctionResponseTypes.join(', ')}]`, 'functionResponseTypes', 'Member must satisfy constraint: [Member must satisfy enum value set: [ReportBatchItemFailures]]');
    }
    record.functionResponseTypes = [...input.FunctionResponseTypes];
  }
  if (input.FilterCriteria !== undefined) {
    const filters = input.FilterCriteria.Filters ?? [];
    parseFilterPatterns(filters);
    record.filters = filters.map((f) => ({ Pattern: f.Pattern ?? '' }));
  }
  if (input.ScalingConfig !== undefined) {
    if (!sqs) throw invalidParameterValue('ScalingConfig is only supported for SQS event sources.');
    const max = input.ScalingConfig.MaximumConcurrency;
    if (max !== undefined && (max < 2 || max > 1000)) throw validation(max, 'scalingConfig.maximumConcurrency', `Member must have value ${max < 2 ? 'greater than or equal to 2' : 'less than or equal to 1000'}`);
    record.scalingConfig = { ...input.ScalingConfig };
  }
  if (sqs) {
    if (record.batchSize > 10 && record.maximumBatchingWindowInSeconds === 0) {
      throw invalidParameterValue('Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10');
    }
    if (record.eventSourceArn.endsWith('.fifo') && record.maximumBatchingWindowInSeconds > 0) throw invalidParameterValue('Batching window is not supported for FIFO queues');
    if (record.eventSourceArn.endsWith('.fifo') && record.batchSize > 10) throw invalidParameterValue('Batch size for FIFO queues must be between 1 and 10');
  } else {
    Object.assign(record, streamSettings(record, input));
  }
}

/** The queue must exist, and its visibility timeout must cover the function's timeout. */
async function checkQueue(ctx: OperationContext, record: EventSourceMappingRecord): Promise<void> {
  const parts = record.eventSourceArn.split(':');
  const options = { accountId: parts[4]!, region: parts[3]! };
  let visibility: number;
  try {
    const { QueueUrl } = await ctx.aws.call<{ QueueUrl: string }>('sqs', 'GetQueueUrl', { QueueName: parts[5], QueueOwnerAWSAccountId: parts[4] }, options);
    const { Attributes } = await ctx.aws.call<{ Attributes?: Record<string, string> }>('sqs', 'GetQueueAttributes', { QueueUrl, AttributeNames: ['VisibilityTimeout'] }, options);
    visibility = Number(Attributes?.VisibilityTimeout ?? 30);
  } catch (error) {
    if (!isAwsError(error)) throw error;
    throw invalidParameterValue(`Error occurred while ReceiveMessage. SQS Error Code: ${error.queryCode ?? error.code}. SQS Error Message: ${error.message}`);
  }
  const { config } = resolveFunction(ctx, record.functionArn);
  if (visibility < config.timeout) {
    throw invalidParameterValue(`Queue visibility timeout: ${visibility} seconds is less than Function timeout: ${config.timeout} seconds`);
  }
}
