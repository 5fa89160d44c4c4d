import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeStreamCommand, KinesisClient } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createStream, rejects, startKinesis } from './kinesis-test-kit.js';

describe('Kinesis DescribeStream', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('shards split the hash key space evenly, as AWS cuts it, and page with ExclusiveStartShardId', async () => {
    const arn = await createStream(kinesis, 'three', 3);
    const { StreamDescription: d } = await kinesis.send(new DescribeStreamCommand({ StreamARN: arn, Limit: 2 }));
    assert.equal(d?.StreamName, 'three');
    assert.equal(d?.StreamStatus, 'ACTIVE');
    assert.equal(d?.HasMoreShards, true);
    assert.deepEqual(d?.EnhancedMonitoring, [{ ShardLevelMetrics: [] }]);
    assert.deepEqual(d?.Shards?.map((s) => [s.ShardId, s.HashKeyRange?.StartingHashKey, s.HashKeyRange?.EndingHashKey]), [
      ['shardId-000000000000', '0', '113427455640312821154458202477256070484'],
      ['shardId-000000000001', '113427455640312821154458202477256070485', '226854911280625642308916404954512140969'],
    ]);
    assert.match(d!.Shards![0]!.SequenceNumberRange!.StartingSequenceNumber!, /^\d{56}$/);
    const rest = await kinesis.send(new DescribeStreamCommand({ StreamName: 'three', ExclusiveStartShardId: 'shardId-000000000001' }));
    assert.deepEqual(rest.StreamDescription?.Shards?.map((s) => [s.ShardId, s.HashKeyRange?.EndingHashKey]), [
      ['shardId-000000000002', '340282366920938463463374607431768211455'],
    ]);
    assert.equal(rest.StreamDescription?.HasMoreShards, false);
  });

  test('an unknown stream, or an ARN of another account, is ResourceNotFoundException', async () => {
    await rejects(kinesis.send(new DescribeStreamCommand({ StreamName: 'ghost' })), 'ResourceNotFoundException', 'Stream ghost under account 000000000000 not found.');
    await rejects(
      kinesis.send(new DescribeStreamCommand({ StreamARN: 'arn:aws:kinesis:us-east-1:111111111111:stream/three' })),
      'ResourceNotFoundException',
      'Stream three under account 111111111111 not found.',
    );
  });
});
