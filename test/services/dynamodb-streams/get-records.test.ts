import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteItemCommand, DescribeTableCommand, PutItemCommand, UpdateItemCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { createKeyTable, failure } from '../dynamodb/support.js';
import { startStreams, type StreamsFixture } from './support.js';

describe('DynamoDB Streams GetRecords', () => {
  let f: StreamsFixture;
  before(async () => {
    f = await startStreams();
  });
  after(() => f.kumo.stop());

  async function tableWithStream(name: string, viewType: string): Promise<{ arn: string; shardId: string }> {
    await createKeyTable(f.ddb, name, { hashOnly: true, StreamSpecification: { StreamEnabled: true, StreamViewType: viewType as 'KEYS_ONLY' } });
    const put = (pk: string, v: string) => f.ddb.send(new PutItemCommand({ TableName: name, Item: { pk: { S: pk }, v: { S: v } } }));
    await put('a', '1');
    await put('a', '1'); // the same item again: no record
    await f.ddb.send(new UpdateItemCommand({ TableName: name, Key: { pk: { S: 'a' } }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { S: '2' } } }));
    await f.ddb.send(new UpdateItemCommand({ TableName: name, Key: { pk: { S: 'a' } }, UpdateExpression: 'SET v = :v', ExpressionAttributeValues: { ':v': { S: '2' } } }));
    await f.ddb.send(new DeleteItemCommand({ TableName: name, Key: { pk: { S: 'a' } } }));
    await f.ddb.send(new DeleteItemCommand({ TableName: name, Key: { pk: { S: 'missing' } } }));
    const d = await f.streams.send(new DescribeStreamCommand({ StreamArn: await arnOf(name) }));
    return { arn: d.StreamDescription!.StreamArn!, shardId: d.StreamDescription!.Shards![0]!.ShardId! };
  }

  async function arnOf(name: string): Promise<string> {
    return (await f.ddb.send(new DescribeTableCommand({ TableName: name }))).Table!.LatestStreamArn!;
  }

  async function readAll(arn: string, shardId: string) {
    const { ShardIterator } = await f.streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
    return f.streams.send(new GetRecordsCommand({ ShardIterator }));
  }

  test('NEW_AND_OLD_IMAGES: INSERT, MODIFY, REMOVE in order, nothing for writes that change nothing', async () => {
    const { arn, shardId } = await tableWithStream('both', 'NEW_AND_OLD_IMAGES');
    const out = await readAll(arn, shardId);
    assert.deepEqual(out.Records!.map((r) => r.eventName), ['INSERT', 'MODIFY', 'REMOVE']);
    const [insert, modify, remove] = out.Records!;
    assert.equal(insert!.eventSource, 'aws:dynamodb');
    assert.equal(insert!.eventVersion, '1.1');
    assert.equal(insert!.awsRegion, 'us-east-1');
    assert.deepEqual(insert!.dynamodb!.Keys, { pk: { S: 'a' } });
    assert.deepEqual(insert!.dynamodb!.NewImage, { pk: { S: 'a' }, v: { S: '1' } });
    assert.equal(insert!.dynamodb!.OldImage, undefined);
    assert.deepEqual(modify!.dynamodb!.OldImage, { pk: { S: 'a' }, v: { S: '1' } });
    assert.deepEqual(modify!.dynamodb!.NewImage, { pk: { S: 'a' }, v: { S: '2' } });
    assert.deepEqual(remove!.dynamodb!.OldImage, { pk: { S: 'a' }, v: { S: '2' } });
    assert.equal(remove!.dynamodb!.NewImage, undefined);
    const seqs = out.Records!.map((r) => BigInt(r.dynamodb!.SequenceNumber!));
    assert.ok(seqs[0]! < seqs[1]! && seqs[1]! < seqs[2]!);
    assert.ok(out.Records!.every((r) => r.dynamodb!.SequenceNumber!.length >= 21));
    assert.equal(insert!.dynamodb!.SizeBytes, 2 + 1 + (2 + 1 + 1 + 1));
    assert.equal(insert!.dynamodb!.StreamViewType, 'NEW_AND_OLD_IMAGES');
    assert.ok(insert!.dynamodb!.ApproximateCreationDateTime instanceof Date);
    assert.equal(insert!.dynamodb!.ApproximateCreationDateTime!.getMilliseconds(), 0);
    assert.ok(out.NextShardIterator);
  });

  test('KEYS_ONLY, NEW_IMAGE and OLD_IMAGE carry only what their view keeps', async () => {
    for (const [view, newImage, oldImage] of [['KEYS_ONLY', false, false], ['NEW_IMAGE', true, false], ['OLD_IMAGE', false, true]] as const) {
      const { arn, shardId } = await tableWithStream(`view-${view.toLowerCase()}`, view);
      const records = (await readAll(arn, shardId)).Records!;
      const modify = records[1]!.dynamodb!;
      assert.deepEqual(modify.Keys, { pk: { S: 'a' } }, view);
      assert.equal(modify.NewImage !== undefined, newImage, view);
      assert.equal(modify.OldImage !== undefined, oldImage, view);
      assert.equal(modify.StreamViewType, view);
    }
  });

  test('Limit and NextShardIterator page through; an idle iterator stays usable for new records', async () => {
    await createKeyTable(f.ddb, 'paged', { hashOnly: true, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    for (let i = 0; i < 5; i++) await f.ddb.send(new PutItemCommand({ TableName: 'paged', Item: { pk: { S: `k${i}` } } }));
    const arn = await arnOf('paged');
    const shardId = (await f.streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!.Shards![0]!.ShardId!;
    let { ShardIterator: iterator } = await f.streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
    const seen: string[] = [];
    for (let page = 0; page < 3; page++) {
      const out = await f.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 2 }));
      seen.push(...out.Records!.map((r) => r.dynamodb!.Keys!.pk!.S!));
      iterator = out.NextShardIterator;
    }
    assert.deepEqual(seen, ['k0', 'k1', 'k2', 'k3', 'k4']);
    const empty = await f.streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
    assert.deepEqual(empty.Records, []);
    await f.ddb.send(new PutItemCommand({ TableName: 'paged', Item: { pk: { S: 'k5' } } }));
    const later = await f.streams.send(new GetRecordsCommand({ ShardIterator: empty.NextShardIterator }));
    assert.deepEqual(later.Records!.map((r) => r.dynamodb!.Keys!.pk!.S), ['k5']);
    const bad = await failure(f.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1001 })));
    assert.equal(bad.name, 'ValidationException');
  });

  test('iterators expire after 15 minutes; records are kept 24 hours', async () => {
    await createKeyTable(f.ddb, 'aging', { hashOnly: true, StreamSpecification: { StreamEnabled: true, StreamViewType: 'KEYS_ONLY' } });
    await f.ddb.send(new PutItemCommand({ TableName: 'aging', Item: { pk: { S: 'old' } } }));
    const arn = await arnOf('aging');
    const shardId = (await f.streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!.Shards![0]!.ShardId!;
    const { ShardIterator } = await f.streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
    await f.advance(14 * 60);
    assert.equal((await f.streams.send(new GetRecordsCommand({ ShardIterator }))).Records!.length, 1);
    await f.advance(2 * 60);
    const expired = await failure(f.streams.send(new GetRecordsCommand({ ShardIterator })));
    assert.equal(expired.name, 'ExpiredIteratorException');
    assert.equal(expired.status, 400);
    assert.match(expired.message, /^Iterator expired\. The iterator was created at time .* which is further in the future than the tolerated delay of 900000 milliseconds\.$/);
    await f.advance(24 * 3600);
    await f.ddb.send(new PutItemCommand({ TableName: 'aging', Item: { pk: { S: 'new' } } }));
    const records = (await readAll(arn, shardId)).Records!;
    assert.deepEqual(records.map((r) => r.dynamodb!.Keys!.pk!.S), ['new']);
  });

  test('a disabled stream keeps its records; its shard ends and the last page has no next iterator', async () => {
    await createKeyTable(f.ddb, 'closing', { hashOnly: true, StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } });
    await f.ddb.send(new PutItemCommand({ TableName: 'closing', Item: { pk: { S: 'x' } } }));
    const arn = await arnOf('closing');
    await f.ddb.send(new UpdateTableCommand({ TableName: 'closing', StreamSpecification: { StreamEnabled: false } }));
    await f.ddb.send(new PutItemCommand({ TableName: 'closing', Item: { pk: { S: 'y' } } }));
    const d = (await f.streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!;
    assert.equal(d.StreamStatus, 'DISABLED');
    assert.ok(d.Shards![0]!.SequenceNumberRange!.EndingSequenceNumber);
    const out = await readAll(arn, d.Shards![0]!.ShardId!);
    assert.deepEqual(out.Records!.map((r) => r.dynamodb!.Keys!.pk!.S), ['x']);
    assert.equal(out.NextShardIterator, undefined);
  });
});
