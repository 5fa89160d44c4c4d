import { randomUUID } from 'node:crypto';
import { isAwsError } from '../../../shared/aws-error.js';
import type { LambdaRuntime } from '../runtime-state.js';
import { mappingsTable } from '../store.js';
import { matchesAnyFilter, parseFilterPatterns } from './event-filter.js';
import type { EventSourceMappingRecord } from './event-source-mapping.js';
import { resolveFunction } from './lookup.js';
import { runInvocation } from './run-invocation.js';
import { scopeContext } from './sqs-event-source.js';

export type StreamRecord = Record<string, unknown> & { dynamodb?: Record<string, unknown> };

/**
 * What differs between the stream sources Lambda polls (DynamoDB Streams, Kinesis): how shards
 * and records are read, and how a record and a failed batch look to the function.
 */
export interface StreamSource {
  listShards(runtime: LambdaRuntime, arn: string, options: { accountId: string; region: string }): Promise<string[]>;
  iterator(runtime: LambdaRuntime, arn: string, shardId: string, type: string, options: { accountId: string; region: string }, timestamp?: number): Promise<string | undefined>;
  read(runtime: LambdaRuntime, iterator: string | undefined, limit: number, options: { accountId: string; region: string }): Promise<{ Records?: StreamRecord[]; NextShardIterator?: string }>;
  /** The record as the function receives it. */
  lambdaRecord(record: StreamRecord, mapping: EventSourceMappingRecord, shardId: string, runtime: LambdaRuntime): StreamRecord;
  /** A delivered record's arrival (epoch seconds) and sequence number. */
  arrival(record: StreamRecord): number;
  sequence(record: StreamRecord): unknown;
  /** The member naming the batch in on-failure records. */
  batchInfo: 'DDBStreamBatchInfo' | 'KinesisBatchInfo';
  /** Shards found after the first poll (children of a reshard) are read from their start. */
  newShardsFromStart: boolean;
}

const DYNAMODB_SOURCE: StreamSource = {
  async listShards(runtime, arn, options) {
    const { StreamDescription } = await runtime.aws.call<{ StreamDescription: { Shards?: Array<{ ShardId: string }> } }>('dynamodb-streams', 'DescribeStream', { StreamArn: arn }, options);
    return (StreamDescription.Shards ?? []).map((s) => s.ShardId);
  },
  async iterator(runtime, arn, ShardId, type, options) {
    const { ShardIterator } = await runtime.aws.call<{ ShardIterator?: string }>('dynamodb-streams', 'GetShardIterator', { StreamArn: arn, ShardId, ShardIteratorType: type }, options);
    return ShardIterator;
  },
  read: (runtime, iterator, limit, options) =>
    runtime.aws.call<{ Records?: StreamRecord[]; NextShardIterator?: string }>('dynamodb-streams', 'GetRecords', { ShardIterator: iterator, Limit: Math.min(limit, 1000) }, options),
  lambdaRecord: (record, mapping) => lambdaRecord(record, mapping.eventSourceArn),
  arrival: (record) => Number(record.dynamodb?.ApproximateCreationDateTime ?? 0),
  sequence: (record) => record.dynamodb?.SequenceNumber,
  batchInfo: 'DDBStreamBatchInfo',
  newShardsFromStart: false,
};

/** Where a mapping is in each shard, and the batch it is retrying. */
export interface ShardCursor {
  iterator?: string;
  /** The iterator after the batch(es) in the queue. */
  next?: string;
  closed: boolean;
  /** The batch being delivered (and, after a bisect, its other half). */
  queue: Array<{ records: StreamRecord[]; attempts: number; notBefore: number }>;
}

const GLOBAL = { accountId: '', region: '' };

/**
 * One poll of a DynamoDB stream mapping: per shard, read up to the batch size from the
 * stream (through Kumo's DynamoDB Streams API), filter, invoke. A failed batch is retried
 * (in halves with BisectBatchOnFunctionError) until MaximumRetryAttempts or
 * MaximumRecordAgeInSeconds is exhausted; then its description goes to the on-failure
 * destination and the shard moves on, as AWS's stream pollers do.
 */
export function pollDynamoDbMapping(runtime: LambdaRuntime, mapping: EventSourceMappingRecord): Promise<void> {
  return pollStreamMapping(runtime, mapping, DYNAMODB_SOURCE);
}

export async function pollStreamMapping(runtime: LambdaRuntime, mapping: EventSourceMappingRecord, source: StreamSource): Promise<void> {
  const parts = mapping.eventSourceArn.split(':');
  const options = { accountId: parts[4]!, region: parts[3]! };
  const known = runtime.streamCursors.get(mapping.uuid);
  const cursors = known ?? new Map<string, ShardCursor>();
  runtime.streamCursors.set(mapping.uuid, cursors);
  for (const ShardId of await source.listShards(runtime, mapping.eventSourceArn, options)) {
    let cursor = cursors.get(ShardId);
    if (!cursor) {
      const later = source.newShardsFromStart && known !== undefined;
      const type = later || mapping.startingPosition === 'TRIM_HORIZON' ? 'TRIM_HORIZON' : mapping.startingPosition === 'AT_TIMESTAMP' ? 'AT_TIMESTAMP' : 'LATEST';
      const ShardIterator = await source.iterator(runtime, mapping.eventSourceArn, ShardId, type, options, mapping.startingPositionTimestamp);
      cursor = { iterator: ShardIterator, closed: !ShardIterator, queue: [] };
      cursors.set(ShardId, cursor);
    }
    if (cursor.closed) continue;
    if (!cursor.queue.length) {
      const out = await source.read(runtime, cursor.iterator, mapping.batchSize, options);
      const patterns = parseFilterPatterns(mapping.filters);
      const records = (out.Records ?? []).map((r) => source.lambdaRecord(r, mapping, ShardId, runtime)).filter((r) => matchesAnyFilter(patterns, r));
      cursor.next = out.NextShardIterator;
      if (records.length === 0) {
        advance(cursor);
        continue;
      }
      cursor.queue.push({ records, attempts: 0, notBefore: 0 });
    }
    const batch = cursor.queue[0]!;
    if (batch.notBefore > runtime.clock.now()) continue;
    const outcome = await deliver(runtime, mapping, batch.records);
    if (outcome === undefined) {
      cursor.queue.shift();
      setResult(runtime, mapping, 'OK');
    } else {
      batch.attempts++;
      setResult(runtime, mapping, 'PROBLEM: Function call failed');
      const maxAge = mapping.maximumRecordAgeInSeconds ?? -1;
      const tooOld = maxAge !== -1 && batch.records.some((r) => runtime.clock.now() / 1000 - source.arrival(r) > maxAge);
      const limit = mapping.maximumRetryAttempts ?? -1;
      if (tooOld || (limit !== -1 && batch.attempts > limit)) {
        cursor.queue.shift();
        await onFailure(runtime, mapping, ShardId, batch, tooOld ? 'RecordAgeExceeded' : 'RetryAttemptsExhausted', outcome, source).catch(() => undefined);
      } else if (mapping.bisectBatchOnFunctionError && batch.records.length > 1) {
        // Halves are retried in order; splitting does not count as a retry on AWS either.
        const half = Math.ceil(batch.records.length / 2);
        cursor.queue.splice(0, 1, { ...batch, records: batch.records.slice(0, half) }, { ...batch, records: batch.records.slice(half) });
      } else {
        // Back off on Kumo's clock so an always-failing function is not called in a tight loop.
        batch.notBefore = runtime.clock.now() + Math.min(60_000, 500 * 2 ** batch.attempts);
      }
    }
    if (cursor.queue.length === 0) advance(cursor);
  }
}

function advance(cursor: ShardCursor): void {
  cursor.iterator = cursor.next;
  cursor.closed = !cursor.next;
}

/** A stream record as Lambda delivers it: the Streams record plus the source ARN, times in epoch seconds. */
function lambdaRecord(record: StreamRecord, streamArn: string): StreamRecord {
  const dynamodb = { ...(record.dynamodb ?? {}) };
  const created = dynamodb.ApproximateCreationDateTime;
  if (created instanceof Date) dynamodb.ApproximateCreationDateTime = created.getTime() / 1000;
  return { ...record, dynamodb, eventSourceARN: streamArn };
}

/** Invokes the function; returns undefined on success, else the function error (or the invocation's failure). */
async function deliver(runtime: LambdaRuntime, mapping: EventSourceMappingRecord, records: StreamRecord[]): Promise<{ functionError?: string; statusCode: number; version: string } | undefined> {
  const ctx = scopeContext(runtime, mapping.accountId, mapping.region);
  try {
    const { record, version, config } = resolveFunction(ctx, mapping.functionArn);
    const reply = await runInvocation(runtime, mapping, { record, version, config, invokedArn: mapping.functionArn }, Buffer.from(JSON.stringify({ Records: records })));
    return reply.functionError ? { functionError: reply.functionError, statusCode: 200, version } : undefined;
  } catch (error) {
    if (isAwsError(error)) return { statusCode: error.status, version: '$LATEST' };
    throw error;
  }
}

/** AWS's on-failure record for stream sources: the batch's position, not its records. */
async function onFailure(
  runtime: LambdaRuntime, mapping: EventSourceMappingRecord, shardId: string, batch: { records: StreamRecord[]; attempts: number },
  condition: string, outcome: { functionError?: string; statusCode: number; version: string }, source: StreamSource,
): Promise<void> {
  const destination = mapping.destinationConfig?.OnFailure?.Destination;
  if (!destination) return;
  const first = batch.records[0]!;
  const last = batch.records[batch.records.length - 1]!;
  const iso = (seconds: unknown) => new Date(Number(seconds) * 1000).toISOString();
  const body = JSON.stringify({
    requestContext: { requestId: randomUUID(), functionArn: mapping.functionArn, condition, approximateInvokeCount: batch.attempts },
    responseContext: { statusCode: outcome.statusCode, executedVersion: outcome.version, ...(outcome.functionError ? { functionError: outcome.functionError } : {}) },
    version: '1.0',
    timestamp: new Date(runtime.clock.now()).toISOString(),
    [source.batchInfo]: {
      shardId,
      startSequenceNumber: source.sequence(first),
      endSequenceNumber: source.sequence(last),
      approximateArrivalOfFirstRecord: iso(source.arrival(first)),
      approximateArrivalOfLastRecord: iso(source.arrival(last)),
      batchSize: batch.records.length,
      streamArn: mapping.eventSourceArn,
    },
  });
  const parts = destination.split(':');
  const options = { accountId: mapping.accountId, region: mapping.region };
  if (parts[2] === 'sqs') {
    const { QueueUrl } = await runtime.aws.call<{ QueueUrl: string }>('sqs', 'GetQueueUrl', { QueueName: parts[5], QueueOwnerAWSAccountId: parts[4] }, options);
    await runtime.aws.call('sqs', 'SendMessage', { QueueUrl, MessageBody: body }, options);
  } else if (parts[2] === 'sns') {
    await runtime.aws.call('sns', 'Publish', { TopicArn: destination, Message: body }, options);
  }
}

function setResult(runtime: LambdaRuntime, mapping: EventSourceMappingRecord, result: string): void {
  const table = runtime.store.table(mappingsTable, GLOBAL);
  const current = table.get(mapping.uuid);
  if (current && current.lastProcessingResult !== result) table.put(mapping.uuid, { ...current, lastProcessingResult: result });
}
