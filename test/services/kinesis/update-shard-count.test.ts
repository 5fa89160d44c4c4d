import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeStreamSummaryCommand, KinesisClient, ListShardsCommand, UpdateShardCountCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis UpdateShardCount', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('scales uniformly, at most doubling or halving', async () => {
    await createStream(kinesis, 'scale', 2);
    const out = await kinesis.send(new UpdateShardCountCommand({ StreamName: 'scale', TargetShardCount: 4, ScalingType: 'UNIFORM_SCALING' }));
    assert.equal(out.CurrentShardCount, 2);
    assert.equal(out.TargetShardCount, 4);
    assert.equal(out.StreamARN, 'arn:aws:kinesis:us-east-1:000000000000:stream/scale');
    const { StreamDescriptionSummary } = await kinesis.send(new DescribeStreamSummaryCommand({ StreamName: 'scale' }));
    assert.equal(StreamDescriptionSummary?.OpenShardCount, 4);
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: 'scale', ShardFilter: { Type: 'AT_LATEST' } }));
    assert.deepEqual(Shards?.map((s) => s.ParentShardId), ['shardId-000000000000', 'shardId-000000000000', 'shardId-000000000001', 'shardId-000000000001']);
    await rejects(
      kinesis.send(new UpdateShardCountCommand({ StreamName: 'scale', TargetShardCount: 9, ScalingType: 'UNIFORM_SCALING' })),
      'LimitExceededException',
      'UpdateShardCount cannot scale up over double your current open shard count. Current open shard count: 4 Target shard count: 9',
    );
    await rejects(
      kinesis.send(new UpdateShardCountCommand({ StreamName: 'scale', TargetShardCount: 1, ScalingType: 'UNIFORM_SCALING' })),
      'LimitExceededException',
      'UpdateShardCount cannot scale down below half your current open shard count. Current open shard count: 4 Target shard count: 1',
    );
  });
});
