import type { LambdaRuntime } from '../runtime-state.js';
import type { EventSourceMappingRecord } from './event-source-mapping.js';
import { pollStreamMapping, type StreamRecord, type StreamSource } from './dynamodb-event-source.js';
import { resolveFunction } from './lookup.js';
import { scopeContext } from './sqs-event-source.js';

/** Kinesis through Kumo's Kinesis API: ListShards, GetShardIterator, GetRecords (up to 10,000 a batch). */
const KINESIS_SOURCE: StreamSource = {
  async listShards(runtime, arn, options) {
    const { Shards } = await runtime.aws.call<{ Shards?: Array<{ ShardId: string }> }>('kinesis', 'ListShards', { StreamARN: arn }, options);
    return (Shards ?? []).map((s) => s.ShardId);
  },
  async iterator(runtime, arn, ShardId, type, options, timestamp) {
    // A start time still in the future (Kumo's clock) reads from the tip, as nothing is older.
    const at = type === 'AT_TIMESTAMP' && timestamp !== undefined ? new Date(Math.min(timestamp, runtime.clock.now())) : undefined;
    const input = { StreamARN: arn, ShardId, ShardIteratorType: type, ...(at ? { Timestamp: at } : {}) };
    const { ShardIterator } = await runtime.aws.call<{ ShardIterator?: string }>('kinesis', 'GetShardIterator', input, options);
    return ShardIterator;
  },
  read: (runtime, iterator, limit, options) =>
    runtime.aws.call<{ Records?: StreamRecord[]; NextShardIterator?: string }>('kinesis', 'GetRecords', { ShardIterator: iterator, Limit: Math.min(limit, 10000) }, options),
  lambdaRecord: kinesisLambdaRecord,
  arrival: (record) => Number((record.kinesis as { approximateArrivalTimestamp?: number } | undefined)?.approximateArrivalTimestamp ?? 0),
  sequence: (record) => (record.kinesis as { sequenceNumber?: string } | undefined)?.sequenceNumber,
  batchInfo: 'KinesisBatchInfo',
  newShardsFromStart: true,
};

/** A Kinesis record as Lambda delivers it: data base64, arrival in epoch seconds, event id `<shard>:<sequence>`. */
function kinesisLambdaRecord(record: StreamRecord, mapping: EventSourceMappingRecord, shardId: string, runtime: LambdaRuntime): StreamRecord {
  const data = record.Data instanceof Uint8Array ? Buffer.from(record.Data).toString('base64') : String(record.Data ?? '');
  const arrival = record.ApproximateArrivalTimestamp instanceof Date ? record.ApproximateArrivalTimestamp.getTime() / 1000 : Number(record.ApproximateArrivalTimestamp ?? 0);
  const sequence = String(record.SequenceNumber);
  return {
    kinesis: {
      kinesisSchemaVersion: '1.0',
      partitionKey: record.PartitionKey,
      sequenceNumber: sequence,
      data,
      approximateArrivalTimestamp: arrival,
    },
    eventSource: 'aws:kinesis',
    eventVersion: '1.0',
    eventID: `${shardId}:${sequence}`,
    eventName: 'aws:kinesis:record',
    invokeIdentityArn: executionRole(runtime, mapping),
    awsRegion: mapping.region,
    eventSourceARN: mapping.eventSourceArn,
  };
}

/** The function's execution role, which Lambda reports as the invoking identity. */
function executionRole(runtime: LambdaRuntime, mapping: EventSourceMappingRecord): string | undefined {
  try {
    return resolveFunction(scopeContext(runtime, mapping.accountId, mapping.region), mapping.functionArn).config.role;
  } catch {
    return undefined;
  }
}

export function pollKinesisMapping(runtime: LambdaRuntime, mapping: EventSourceMappingRecord): Promise<void> {
  return pollStreamMapping(runtime, mapping, KINESIS_SOURCE);
}
