import type { ShardRow, StreamRow } from '../store.js';
import { openShards } from './stream-lookup.js';

/** A shard as DescribeStream and ListShards show it. */
export function shardShape(shard: ShardRow): Record<string, unknown> {
  return {
    ShardId: shard.id,
    ...(shard.parent ? { ParentShardId: shard.parent } : {}),
    ...(shard.adjacentParent ? { AdjacentParentShardId: shard.adjacentParent } : {}),
    HashKeyRange: { StartingHashKey: shard.hashStart, EndingHashKey: shard.hashEnd },
    SequenceNumberRange: { StartingSequenceNumber: shard.startSeq, ...(shard.endSeq ? { EndingSequenceNumber: shard.endSeq } : {}) },
  };
}

export function modeDetails(stream: StreamRow): { StreamMode: string } {
  return { StreamMode: stream.mode };
}

export function encryptionFields(stream: StreamRow): { EncryptionType: string; KeyId?: string } {
  return stream.encryption ? { EncryptionType: 'KMS', KeyId: stream.encryption.keyId } : { EncryptionType: 'NONE' };
}

/** What DescribeStream and DescribeStreamSummary share. */
export function describeCommon(stream: StreamRow): Record<string, unknown> {
  return {
    StreamName: stream.name,
    StreamARN: stream.arn,
    // Control-plane changes apply at once in Kumo, so a stream is never seen CREATING or UPDATING.
    StreamStatus: 'ACTIVE',
    StreamModeDetails: modeDetails(stream),
    RetentionPeriodHours: stream.retentionHours,
    StreamCreationTimestamp: new Date(stream.createdMs),
    EnhancedMonitoring: [{ ShardLevelMetrics: [...stream.metrics] }],
    ...encryptionFields(stream),
  };
}

export function summaryShape(stream: StreamRow): Record<string, unknown> {
  return { ...describeCommon(stream), OpenShardCount: openShards(stream).length, ConsumerCount: stream.consumers.length };
}
