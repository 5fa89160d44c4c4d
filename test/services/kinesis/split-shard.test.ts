import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetRecordsCommand, GetShardIteratorCommand, KinesisClient, ListShardsCommand, PutRecordCommand, SplitShardCommand } from '@aws-sdk/client-kinesis';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, createStream, rejects, startKinesis, text } from './kinesis-test-kit.js';

describe('Kinesis SplitShard', () => {
  let kumo: EmbeddedKumo;
  let kinesis: KinesisClient;
  before(async () => ({ kumo, kinesis } = await startKinesis()));
  after(() => kumo.stop());

  test('closes the parent; readers reach its end, see ChildShards, and go on in the children', async () => {
    await createStream(kinesis, 'split');
    await kinesis.send(new PutRecordCommand({ StreamName: 'split', PartitionKey: 'a', Data: Buffer.from('before') }));
    const half = (1n << 127n).toString();
    await kinesis.send(new SplitShardCommand({ StreamName: 'split', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: half }));
    const { Shards } = await kinesis.send(new ListShardsCommand({ StreamName: 'split' }));
    assert.deepEqual(Shards?.map((s) => [s.ShardId, s.ParentShardId, s.HashKeyRange?.StartingHashKey, !!s.SequenceNumberRange?.EndingSequenceNumber]), [
      ['shardId-000000000000', undefined, '0', true],
      ['shardId-000000000001', 'shardId-000000000000', '0', false],
      ['shardId-000000000002', 'shardId-000000000000', half, false],
    ]);
    const put = await kinesis.send(new PutRecordCommand({ StreamName: 'split', PartitionKey: 'a', Data: Buffer.from('after') }));
    assert.equal(put.ShardId, 'shardId-000000000001');
    const { ShardIterator } = await kinesis.send(new GetShardIteratorCommand({ StreamName: 'split', ShardId: 'shardId-000000000000', ShardIteratorType: 'TRIM_HORIZON' }));
    const parent = await kinesis.send(new GetRecordsCommand({ ShardIterator }));
    assert.deepEqual(parent.Records?.map((r) => text(r.Data)), ['before']);
    assert.equal(parent.NextShardIterator, undefined);
    assert.deepEqual(parent.ChildShards?.map((c) => [c.ShardId, c.ParentShards]), [
      ['shardId-000000000001', ['shardId-000000000000']],
      ['shardId-000000000002', ['shardId-000000000000']],
    ]);
    // Past retention the closed parent leaves the listing.
    await advanceClock(kumo, 25 * 3600);
    const later = await kinesis.send(new ListShardsCommand({ StreamName: 'split' }));
    assert.deepEqual(later.Shards?.map((s) => s.ShardId), ['shardId-000000000001', 'shardId-000000000002']);
  });

  test('a key outside the shard, or a closed shard, is InvalidArgumentException', async () => {
    await createStream(kinesis, 'split2');
    await rejects(
      kinesis.send(new SplitShardCommand({ StreamName: 'split2', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '0' })),
      'InvalidArgumentException',
      "NewStartingHashKey 0 used in SplitShard() on shard shardId-000000000000 in stream split2 under account 000000000000 is not both greater than one plus the shard's StartingHashKey 0 and less than the shard's EndingHashKey 340282366920938463463374607431768211455.",
    );
    await kinesis.send(new SplitShardCommand({ StreamName: 'split2', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '1000' }));
    await rejects(
      kinesis.send(new SplitShardCommand({ StreamName: 'split2', ShardToSplit: 'shardId-000000000000', NewStartingHashKey: '2000' })),
      'InvalidArgumentException',
      'Shard shardId-000000000000 in stream split2 under account 000000000000 has already been merged or split, and thus is not eligible for merging or splitting.',
    );
  });
});
