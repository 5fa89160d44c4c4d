import { defineTable } from '../../store/types.js';

/** One shard of a stream; closed shards stay listed until their records age out of retention. */
export interface ShardRow {
  id: string;
  /** The number in the shard id; it also leads every sequence number of the shard. */
  index: number;
  parent?: string;
  adjacentParent?: string;
  /** Hash key range, inclusive, as decimal strings (128-bit values). */
  hashStart: string;
  hashEnd: string;
  startSeq: string;
  /** Set when the shard is closed by a reshard. */
  endSeq?: string;
  createdMs: number;
  closedMs?: number;
}

/** A registered enhanced fan-out consumer. */
export interface ConsumerRow {
  name: string;
  arn: string;
  createdMs: number;
}

/** A stream, keyed by its name. */
export interface StreamRow {
  name: string;
  /** Random, so iterators of a deleted stream never read a new stream of the same name. */
  id: string;
  arn: string;
  createdMs: number;
  mode: 'PROVISIONED' | 'ON_DEMAND';
  retentionHours: number;
  shards: ShardRow[];
  nextShardIndex: number;
  /** The next record's counter (sequence numbers embed it; see model/sequence.ts). */
  nextSeq: number;
  tags: Record<string, string>;
  encryption?: { keyId: string };
  /** Shard-level metrics turned on with EnableEnhancedMonitoring. */
  metrics: string[];
  consumers: ConsumerRow[];
}

/** A data record, keyed `<stream>/<sequence number>` (sequence numbers are fixed width, so keys sort by shard, then order). */
export interface RecordRow {
  /** Data, base64. */
  d: string;
  /** Partition key. */
  k: string;
  /** Arrival time, epoch ms (clock time). */
  t: number;
}

export const streamsTable = defineTable<StreamRow>({ service: 'kinesis', name: 'streams', scope: 'region' });
export const recordsTable = defineTable<RecordRow>({ service: 'kinesis', name: 'records', scope: 'region' });
