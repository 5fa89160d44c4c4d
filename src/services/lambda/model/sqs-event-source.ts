import { isAwsError } from '../../../shared/aws-error.js';
import { functionsTable } from '../store.js';
import type { LambdaRuntime } from '../runtime-state.js';
import type { ScopedTable, TableDefinition } from '../../../store/types.js';
import { matchesAnyFilter, parseFilterPatterns } from './event-filter.js';
import type { EventSourceMappingRecord } from './event-source-mapping.js';
import { resolveFunction, type LookupContext } from './lookup.js';
import { runInvocation } from './run-invocation.js';

interface ReceivedMessage {
  MessageId: string;
  ReceiptHandle: string;
  MD5OfBody: string;
  Body: string;
  Attributes?: Record<string, string>;
  MD5OfMessageAttributes?: string;
  MessageAttributes?: Record<string, { DataType: string; StringValue?: string; BinaryValue?: Uint8Array }>;
}

/** Messages received and held while a batching window is open. */
export interface HeldBatch {
  firstAt: number;
  messages: ReceivedMessage[];
}

/** A background worker's view of one account and region (for the function lookups). */
export function scopeContext(runtime: LambdaRuntime, accountId: string, region: string): LookupContext {
  return { accountId, region, table: <T>(definition: TableDefinition<T>): ScopedTable<T> => runtime.store.table(definition, { accountId, region }) };
}

/**
 * One poll of an SQS mapping, as Lambda's pollers do it: receive up to the batch size (the
 * queue's visibility timeout applies), drop messages no filter matches (deleted, as AWS
 * does), wait out the batching window, invoke the function synchronously with the SQS event,
 * then delete what succeeded. Failed messages are left to reappear after the visibility
 * timeout, so the queue's redrive policy moves them to its dead-letter queue in the end.
 */
export async function pollSqsMapping(runtime: LambdaRuntime, mapping: EventSourceMappingRecord): Promise<void> {
  const parts = mapping.eventSourceArn.split(':');
  const options = { accountId: parts[4]!, region: parts[3]! };
  const queueUrl = await queueUrlOf(runtime, mapping.eventSourceArn, options);
  const held = runtime.sqsBatches.get(mapping.uuid) ?? { firstAt: runtime.clock.now(), messages: [] };
  const patterns = parseFilterPatterns(mapping.filters);
  while (held.messages.length < mapping.batchSize) {
    const { Messages = [] } = await runtime.aws.call<{ Messages?: ReceivedMessage[] }>(
      'sqs',
      'ReceiveMessage',
      { QueueUrl: queueUrl, MaxNumberOfMessages: Math.min(10, mapping.batchSize - held.messages.length), AttributeNames: ['All'], MessageAttributeNames: ['All'] },
      options,
    );
    if (Messages.length === 0) break;
    if (held.messages.length === 0) held.firstAt = runtime.clock.now();
    for (const message of Messages) {
      if (matchesAnyFilter(patterns, filterView(message))) held.messages.push(message);
      else await runtime.aws.call('sqs', 'DeleteMessage', { QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle }, options);
    }
  }
  if (held.messages.length === 0) return;
  const windowOpen = runtime.clock.now() - held.firstAt < mapping.maximumBatchingWindowInSeconds * 1000;
  if (held.messages.length < mapping.batchSize && windowOpen) {
    runtime.sqsBatches.set(mapping.uuid, held);
    return;
  }
  runtime.sqsBatches.delete(mapping.uuid);
  const done = await invokeWithBatch(runtime, mapping, held.messages);
  const entries = held.messages.filter((m) => done.has(m.MessageId)).map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle }));
  for (let i = 0; i < entries.length; i += 10) {
    await runtime.aws.call('sqs', 'DeleteMessageBatch', { QueueUrl: queueUrl, Entries: entries.slice(i, i + 10) }, options);
  }
}

/** Invokes the function; returns the ids of the messages it processed. */
async function invokeWithBatch(runtime: LambdaRuntime, mapping: EventSourceMappingRecord, messages: ReceivedMessage[]): Promise<Set<string>> {
  const records = messages.map((m) => sqsRecord(m, mapping.eventSourceArn));
  const ctx = scopeContext(runtime, mapping.accountId, mapping.region);
  let reply;
  try {
    const { record, version, config } = resolveFunction(ctx, mapping.functionArn);
    if (!ctx.table(functionsTable).has(record.name)) return new Set();
    reply = await runInvocation(runtime, { ...mapping, endpoint: mapping.endpoint }, { record, version, config, invokedArn: mapping.functionArn }, Buffer.from(JSON.stringify({ Records: records })));
  } catch (error) {
    // Throttled, deleted or unrunnable: the whole batch comes back after the visibility timeout.
    if (isAwsError(error)) return new Set();
    throw error;
  }
  if (reply.functionError) return new Set();
  const all = new Set(messages.map((m) => m.MessageId));
  if (!mapping.functionResponseTypes.includes('ReportBatchItemFailures')) return all;
  const failed = batchItemFailures(reply.payload, all);
  if (failed === 'invalid') return new Set();
  for (const id of failed) all.delete(id);
  return all;
}

/**
 * Reads `{"batchItemFailures":[{"itemIdentifier":"id"}]}`. An empty or null answer means all
 * succeeded; an identifier that is missing, empty or not in the batch fails the whole batch,
 * as AWS documents for partial batch responses.
 */
export function batchItemFailures(payload: Buffer, ids: ReadonlySet<string>): string[] | 'invalid' {
  let body: unknown;
  try {
    body = JSON.parse(payload.toString('utf8') || 'null');
  } catch {
    return [];
  }
  if (typeof body !== 'object' || body === null) return [];
  const failures = (body as { batchItemFailures?: unknown }).batchItemFailures;
  if (failures === undefined || failures === null) return [];
  if (!Array.isArray(failures)) return 'invalid';
  const out: string[] = [];
  for (const failure of failures) {
    const id = typeof failure === 'object' && failure !== null ? (failure as { itemIdentifier?: unknown }).itemIdentifier : undefined;
    if (typeof id !== 'string' || id === '' || !ids.has(id)) return 'invalid';
    out.push(id);
  }
  return out;
}

const RECORD_ATTRIBUTES = ['ApproximateReceiveCount', 'SentTimestamp', 'SenderId', 'ApproximateFirstReceiveTimestamp', 'SequenceNumber', 'MessageGroupId', 'MessageDeduplicationId', 'AWSTraceHeader', 'DeadLetterQueueSourceArn'];

/** One record of AWS's SQS event. */
export function sqsRecord(message: ReceivedMessage, queueArn: string): Record<string, unknown> {
  const attributes: Record<string, string> = {};
  for (const name of RECORD_ATTRIBUTES) if (message.Attributes?.[name] !== undefined) attributes[name] = message.Attributes[name]!;
  const messageAttributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.MessageAttributes ?? {})) {
    messageAttributes[name] = {
      ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
      ...(value.BinaryValue !== undefined ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') } : {}),
      stringListValues: [],
      binaryListValues: [],
      dataType: value.DataType,
    };
  }
  return {
    messageId: message.MessageId,
    receiptHandle: message.ReceiptHandle,
    body: message.Body,
    attributes,
    messageAttributes,
    ...(message.MD5OfMessageAttributes ? { md5OfMessageAttributes: message.MD5OfMessageAttributes } : {}),
    md5OfBody: message.MD5OfBody,
    eventSource: 'aws:sqs',
    eventSourceARN: queueArn,
    awsRegion: queueArn.split(':')[3],
  };
}

/** What filter patterns see: the record, with a JSON body parsed (a plain body stays a string). */
function filterView(message: ReceivedMessage): Record<string, unknown> {
  const record = sqsRecord(message, '');
  try {
    record.body = JSON.parse(message.Body);
  } catch {
    // Plain text bodies are matched as strings.
  }
  return record;
}

async function queueUrlOf(runtime: LambdaRuntime, arn: string, options: { accountId: string; region: string }): Promise<string> {
  const known = runtime.queueUrls.get(arn);
  if (known) return known;
  const { QueueUrl } = await runtime.aws.call<{ QueueUrl: string }>('sqs', 'GetQueueUrl', { QueueName: arn.split(':')[5], QueueOwnerAWSAccountId: options.accountId }, options);
  runtime.queueUrls.set(arn, QueueUrl);
  return QueueUrl;
}
