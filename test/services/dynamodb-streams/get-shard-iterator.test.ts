import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTableCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand, type ShardIteratorType } from '@aws-sdk/client-dynamodb-streams';
import { createKeyTable, failure } from '../dynamodb/support.js';
import { startStreams, type StreamsFixture } from './support.js';

describe('DynamoDB Streams GetShardIterator', () => {
  let f: StreamsFixture;
  let arn: string;
  let shardId: string;
  let seqs: string[];
  before(async () => {
    f = await startStreams();
    await createKeyTable(f.ddb, 'iter', { hashOnly: true, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    for (const k of ['a', 'b', 'c']) await f.ddb.send(new PutItemCommand({ TableName: 'iter', Item: { pk: { S: k } } }));
    arn = (await f.ddb.send(new DescribeTableCommand({ TableName: 'iter' }))).Table!.LatestStreamArn!;
    shardId = (await f.streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!.Shards![0]!.ShardId!;
    const it = await f.streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
    seqs = (await f.streams.send(new GetRecordsCommand({ ShardIterator: it.ShardIterator }))).Records!.map((r) => r.dynamodb!.SequenceNumber!);
  });
  after(() => f.kumo.stop());

  const keysFrom = async (type: ShardIteratorType, SequenceNumber?: string) => {
    const { ShardIterator } = await f.streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: type, SequenceNumber }));
    return (await f.streams.send(new GetRecordsCommand({ ShardIterator }))).Records!.map((r) => r.dynamodb!.Keys!.pk!.S);
  };

  test('each iterator type starts where it says', async () => {
    assert.deepEqual(await keysFrom('TRIM_HORIZON'), ['a', 'b', 'c']);
    assert.deepEqual(await keysFrom('LATEST'), []);
    assert.deepEqual(await keysFrom('AT_SEQUENCE_NUMBER', seqs[1]), ['b', 'c']);
    assert.deepEqual(await keysFrom('AFTER_SEQUENCE_NUMBER', seqs[1]), ['c']);
  });

  test('errors: unknown shard, missing sequence number, bad type', async () => {
    const shard = await failure(f.streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: 'shardId-00000000000000000000-00000000', ShardIteratorType: 'LATEST' })));
    assert.equal(shard.name, 'ResourceNotFoundException');
    const noSeq = await failure(f.streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'AT_SEQUENCE_NUMBER' })));
    assert.equal(noSeq.name, 'ValidationException');
    const badType = await failure(f.streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'OLDEST' as ShardIteratorType })));
    assert.match(badType.message, /Member must satisfy enum value set: \[TRIM_HORIZON, LATEST, AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER\]/);
  });
});
