import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTableCommand, DescribeTimeToLiveCommand, GetItemCommand, PutItemCommand, QueryCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand } from '@aws-sdk/client-dynamodb-streams';
import { createKeyTable, failure } from './support.js';
import { startStreams, type StreamsFixture } from '../dynamodb-streams/support.js';

describe('DynamoDB UpdateTimeToLive and the expiry sweep', () => {
  let f: StreamsFixture;
  before(async () => {
    f = await startStreams();
  });
  after(() => f.kumo.stop());

  const ttl = (TableName: string, Enabled: boolean, AttributeName = 'expires') => f.ddb.send(new UpdateTimeToLiveCommand({ TableName, TimeToLiveSpecification: { Enabled, AttributeName } }));

  test('enable, describe, and the AWS refusals', async () => {
    await createKeyTable(f.ddb, 'ttl-describe', { hashOnly: true });
    assert.deepEqual((await f.ddb.send(new DescribeTimeToLiveCommand({ TableName: 'ttl-describe' }))).TimeToLiveDescription, { TimeToLiveStatus: 'DISABLED' });
    assert.deepEqual((await ttl('ttl-describe', true)).TimeToLiveSpecification, { Enabled: true, AttributeName: 'expires' });
    assert.deepEqual((await f.ddb.send(new DescribeTimeToLiveCommand({ TableName: 'ttl-describe' }))).TimeToLiveDescription, { TimeToLiveStatus: 'ENABLED', AttributeName: 'expires' });
    const again = await failure(ttl('ttl-describe', true));
    assert.equal(again.name, 'ValidationException');
    assert.equal(again.message, 'TimeToLive is already enabled');
    const soon = await failure(ttl('ttl-describe', false));
    assert.equal(soon.message, 'Time to live has been modified multiple times within a fixed interval');
    const missing = await failure(f.ddb.send(new DescribeTimeToLiveCommand({ TableName: 'nope' })));
    assert.equal(missing.name, 'ResourceNotFoundException');
  });

  test('expired items are deleted by the sweep (reads still see them before), with a service REMOVE in the stream', async () => {
    await createKeyTable(f.ddb, 'ttl-sweep', {
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
    });
    const nowSeconds = Math.floor(Date.now() / 1000);
    const put = (sk: string, expires?: Record<string, unknown>) =>
      f.ddb.send(new PutItemCommand({ TableName: 'ttl-sweep', Item: { pk: { S: 'p' }, sk: { S: sk }, g: { S: 'g' }, ...(expires ? { expires } : {}) } as never }));
    await put('early', { N: String(nowSeconds + 60) });
    await put('text', { S: String(nowSeconds) });
    await put('ancient', { N: String(nowSeconds - 6 * 365 * 86400) });
    await ttl('ttl-sweep', true);
    await put('late', { N: String(nowSeconds + 7200) });
    await put('none');
    await f.advance(90);
    assert.ok((await f.ddb.send(new GetItemCommand({ TableName: 'ttl-sweep', Key: { pk: { S: 'p' }, sk: { S: 'late' } } }))).Item);
    await f.advance(60);
    const left = await f.ddb.send(new QueryCommand({ TableName: 'ttl-sweep', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'p' } } }));
    assert.deepEqual(left.Items!.map((i) => i.sk!.S).sort(), ['ancient', 'late', 'none', 'text']);
    const viaIndex = await f.ddb.send(new QueryCommand({ TableName: 'ttl-sweep', IndexName: 'by-g', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': { S: 'g' } } }));
    assert.equal(viaIndex.Count, 4);

    const arn = (await f.ddb.send(new DescribeTableCommand({ TableName: 'ttl-sweep' }))).Table!.LatestStreamArn!;
    const shardId = (await f.streams.send(new DescribeStreamCommand({ StreamArn: arn }))).StreamDescription!.Shards![0]!.ShardId!;
    const { ShardIterator } = await f.streams.send(new GetShardIteratorCommand({ StreamArn: arn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
    const records = (await f.streams.send(new GetRecordsCommand({ ShardIterator }))).Records!;
    const removal = records.find((r) => r.eventName === 'REMOVE')!;
    assert.deepEqual(removal.dynamodb!.Keys, { pk: { S: 'p' }, sk: { S: 'early' } });
    assert.deepEqual(removal.userIdentity, { PrincipalId: 'dynamodb.amazonaws.com', Type: 'Service' });
    assert.ok(records.filter((r) => r.eventName !== 'REMOVE').every((r) => r.userIdentity === undefined));
  });
});
