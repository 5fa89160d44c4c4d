import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KinesisClient, ListShardsCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis ListShards', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('pages with NextToken, which expires after 300 seconds and excludes StreamName', async () => {
    const arn = await createStream(kinesis, 'shards', 3);
    const first = await kinesis.send(new ListShardsCommand({ StreamName: 'shards', MaxResults: 2 }));
    assert.deepEqual(first.Shards?.map((s) => s.ShardId), ['shardId-000000000000', 'shardId-000000000001']);
    assert.ok(first.NextToken);
    const second = await kinesis.send(new ListShardsCommand({ NextToken: first.NextToken }));
    assert.deepEqual(second.Shards?.map((s) => s.ShardId), ['shardId-000000000002']);
    assert.equal(second.NextToken, undefined);
    await rejects(kinesis.send(new ListShardsCommand({ StreamName: 'shards', NextToken: first.NextToken })), 'InvalidArgumentException', 'NextToken and StreamName cannot be provided together.');
    await advanceClock(kumo, 301);
    await rejects(kinesis.send(new ListShardsCommand({ NextToken: first.NextToken })), 'ExpiredNextTokenException', 'The timestamp in the NextToken is more than 300 seconds old.');
    const byArn = await kinesis.send(new ListShardsCommand({ StreamARN: arn, ExclusiveStartShardId: 'shardId-000000000000' }));
    assert.deepEqual(byArn.Shards?.map((s) => s.ShardId), ['shardId-000000000001', 'shardId-000000000002']);
  });

  test('ShardFilter types select shards', async () => {
    await createStream(kinesis, 'filtered', 2);
    const ids = async (ShardFilter: Record<string, unknown>) =>
      (await kinesis.send(new ListShardsCommand({ StreamName: 'filtered', ShardFilter }))).Shards?.map((s) => s.ShardId);
    assert.deepEqual(await ids({ Type: 'AFTER_SHARD_ID', ShardId: 'shardId-000000000000' }), ['shardId-000000000001']);
    assert.deepEqual(await ids({ Type: 'AT_LATEST' }), ['shardId-000000000000', 'shardId-000000000001']);
    assert.deepEqual(await ids({ Type: 'AT_TRIM_HORIZON' }), ['shardId-000000000000', 'shardId-000000000001']);
    assert.deepEqual(await ids({ Type: 'FROM_TIMESTAMP', Timestamp: new Date(0) }), ['shardId-000000000000', 'shardId-000000000001']);
    await rejects(
      kinesis.send(new ListShardsCommand({ StreamName: 'filtered', ShardFilter: { Type: 'AFTER_SHARD_ID' } })),
      'InvalidArgumentException',
      'ShardId must be provided for ShardFilter of type AFTER_SHARD_ID.',
    );
  });
});
