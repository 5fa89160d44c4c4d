import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KinesisClient, ListShardsCommand, MergeShardsCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis MergeShards', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('merges adjacent shards into one child with both parents; others are refused', async () => {
    await createStream(kinesis, 'merge', 3);
    await rejects(
      kinesis.send(new MergeShardsCommand({ StreamName: 'merge', ShardToMerge: 'shardId-000000000000', AdjacentShardToMerge: 'shardId-000000000002' })),
      'InvalidArgumentException',
      'Shards shardId-000000000000 and shardId-000000000002 in stream merge under account 000000000000 are not an adjacent pair of shards eligible for merging',
    );
    await kinesis.send(new MergeShardsCommand({ StreamName: 'merge', ShardToMerge: 'shardId-000000000001', AdjacentShardToMerge: 'shardId-000000000000' }));
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: 'merge', ShardFilter: { Type: 'AT_LATEST' } }));
    assert.deepEqual(Shards?.map((s) => [s.ShardId, s.ParentShardId, s.AdjacentParentShardId, s.HashKeyRange?.StartingHashKey, s.HashKeyRange?.EndingHashKey]), [
      ['shardId-000000000002', undefined, undefined, '226854911280625642308916404954512140970', '340282366920938463463374607431768211455'],
      ['shardId-000000000003', 'shardId-000000000001', 'shardId-000000000000', '0', '226854911280625642308916404954512140969'],
    ]);
  });
});
