import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand } from '@aws-sdk/client-dynamodb-streams';
import { createKeyTable, failure } from '../dynamodb/support.js';
import { startStreams, type StreamsFixture } from './support.js';

describe('DynamoDB Streams DescribeStream', () => {
  let f: StreamsFixture;
  before(async () => {
    f = await startStreams();
  });
  after(() => f.kumo.stop());

  test('the stream, its key schema and its one open shard', async () => {
    await createKeyTable(f.ddb, 'described', { StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } });
    const table = (await f.ddb.send(new DescribeTableCommand({ TableName: 'described' }))).Table!;
    const d = (await f.streams.send(new DescribeStreamCommand({ StreamArn: table.LatestStreamArn }))).StreamDescription!;
    assert.equal(d.StreamArn, table.LatestStreamArn);
    assert.equal(d.StreamLabel, table.LatestStreamLabel);
    assert.equal(d.StreamStatus, 'ENABLED');
    assert.equal(d.StreamViewType, 'NEW_IMAGE');
    assert.equal(d.TableName, 'described');
    assert.deepEqual(d.KeySchema, [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }]);
    assert.ok(d.CreationRequestDateTime instanceof Date);
    assert.equal(d.Shards!.length, 1);
    assert.match(d.Shards![0]!.ShardId!, /^shardId-\d{20}-[0-9a-f]{8}$/);
    assert.match(d.Shards![0]!.SequenceNumberRange!.StartingSequenceNumber!, /^\d{21}$/);
    assert.equal(d.Shards![0]!.SequenceNumberRange!.EndingSequenceNumber, undefined);
  });

  test('an unknown stream is ResourceNotFoundException', async () => {
    const arn = 'arn:aws:dynamodb:us-east-1:000000000000:table/none/stream/2024-01-01T00:00:00.000';
    const missing = await failure(f.streams.send(new DescribeStreamCommand({ StreamArn: arn })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    assert.equal(missing.message, `Requested resource not found: Stream: ${arn} not found`);
  });
});
