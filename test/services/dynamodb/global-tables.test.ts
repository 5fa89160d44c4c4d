import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  DeleteItemCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient, GetRecordsCommand, GetShardIteratorCommand, DescribeStreamCommand } from '@aws-sdk/client-dynamodb-streams';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createKeyTable, failure } from './support.js';

describe('global tables (2019.11.21) through UpdateTable ReplicaUpdates', () => {
  let kumo: EmbeddedKumo;
  let east: DynamoDBClient;
  let west: DynamoDBClient;
  before(async () => {
    kumo = await startTestKumo(['dynamodb', 'dynamodb-streams']);
    east = new DynamoDBClient({ ...kumo.clientConfig, region: 'us-east-1', maxAttempts: 1 });
    west = new DynamoDBClient({ ...kumo.clientConfig, region: 'us-west-2', maxAttempts: 1 });
  });
  after(async () => {
    east.destroy();
    west.destroy();
    await kumo.stop();
  });

  const get = async (client: DynamoDBClient, pk: string) => (await client.send(new GetItemCommand({ TableName: 'glob', Key: { pk: { S: pk } } }))).Item;

  test('a replica gets the schema and items, and writes flow both ways', async () => {
    await createKeyTable(east, 'glob', {
      hashOnly: true,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'color', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'byColor', KeySchema: [{ AttributeName: 'color', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
    });
    await east.send(new PutItemCommand({ TableName: 'glob', Item: { pk: { S: 'before' }, color: { S: 'red' } } }));
    const updated = await east.send(new UpdateTableCommand({ TableName: 'glob', ReplicaUpdates: [{ Create: { RegionName: 'us-west-2' } }] }));
    assert.equal(updated.TableDescription?.GlobalTableVersion, '2019.11.21');

    const westTable = (await west.send(new DescribeTableCommand({ TableName: 'glob' }))).Table!;
    assert.match(westTable.TableArn!, /^arn:aws:dynamodb:us-west-2:\d{12}:table\/glob$/);
    assert.deepEqual(westTable.KeySchema, [{ AttributeName: 'pk', KeyType: 'HASH' }]);
    assert.equal(westTable.GlobalSecondaryIndexes?.[0]?.IndexName, 'byColor');
    assert.equal(westTable.GlobalTableVersion, '2019.11.21');
    assert.deepEqual(westTable.Replicas, [
      { RegionName: 'us-east-1', ReplicaStatus: 'ACTIVE' },
      { RegionName: 'us-west-2', ReplicaStatus: 'ACTIVE' },
    ]);
    assert.deepEqual((await east.send(new DescribeTableCommand({ TableName: 'glob' }))).Table?.Replicas?.map((r) => r.RegionName), ['us-east-1', 'us-west-2']);
    assert.equal(westTable.StreamSpecification?.StreamViewType, 'NEW_AND_OLD_IMAGES');

    // Existing items were copied, with their index entries.
    assert.deepEqual(await get(west, 'before'), { pk: { S: 'before' }, color: { S: 'red' } });
    const byColor = await west.send(new QueryCommand({ TableName: 'glob', IndexName: 'byColor', KeyConditionExpression: 'color = :c', ExpressionAttributeValues: { ':c': { S: 'red' } } }));
    assert.equal(byColor.Count, 1);

    await east.send(new PutItemCommand({ TableName: 'glob', Item: { pk: { S: 'k' }, v: { N: '1' } } }));
    assert.deepEqual(await get(west, 'k'), { pk: { S: 'k' }, v: { N: '1' } });
    // Last writer wins on the same key.
    await west.send(new PutItemCommand({ TableName: 'glob', Item: { pk: { S: 'k' }, v: { N: '2' } } }));
    assert.deepEqual(await get(east, 'k'), { pk: { S: 'k' }, v: { N: '2' } });
    await east.send(new DeleteItemCommand({ TableName: 'glob', Key: { pk: { S: 'before' } } }));
    assert.equal(await get(west, 'before'), undefined);

    // Each replica's stream has the change.
    const streams = new DynamoDBStreamsClient({ ...kumo.clientConfig, region: 'us-west-2', maxAttempts: 1 });
    try {
      const stream = await streams.send(new DescribeStreamCommand({ StreamArn: westTable.LatestStreamArn! }));
      const iterator = await streams.send(new GetShardIteratorCommand({ StreamArn: westTable.LatestStreamArn!, ShardId: stream.StreamDescription!.Shards![0]!.ShardId!, ShardIteratorType: 'TRIM_HORIZON' }));
      const records = await streams.send(new GetRecordsCommand({ ShardIterator: iterator.ShardIterator! }));
      assert.deepEqual(records.Records?.map((r) => r.eventName), ['INSERT', 'MODIFY', 'REMOVE']);
    } finally {
      streams.destroy();
    }
  });

  test('a replica cannot be added where the table already exists', async () => {
    const err = await failure(east.send(new UpdateTableCommand({ TableName: 'glob', ReplicaUpdates: [{ Create: { RegionName: 'us-west-2' } }] })));
    assert.equal(err.name, 'ValidationException');
  });

  test('ReplicaUpdates Delete removes the replica; DeleteTable of a replica deletes only it', async () => {
    await east.send(new UpdateTableCommand({ TableName: 'glob', ReplicaUpdates: [{ Delete: { RegionName: 'us-west-2' } }] }));
    assert.equal((await failure(west.send(new DescribeTableCommand({ TableName: 'glob' })))).name, 'ResourceNotFoundException');
    const alone = (await east.send(new DescribeTableCommand({ TableName: 'glob' }))).Table!;
    assert.equal(alone.Replicas, undefined);
    await east.send(new PutItemCommand({ TableName: 'glob', Item: { pk: { S: 'solo' } } }));

    await east.send(new UpdateTableCommand({ TableName: 'glob', ReplicaUpdates: [{ Create: { RegionName: 'us-west-2' } }] }));
    assert.deepEqual(await get(west, 'solo'), { pk: { S: 'solo' } });
    await west.send(new DeleteTableCommand({ TableName: 'glob' }));
    assert.equal((await failure(west.send(new DescribeTableCommand({ TableName: 'glob' })))).name, 'ResourceNotFoundException');
    assert.equal((await east.send(new DescribeTableCommand({ TableName: 'glob' }))).Table?.Replicas, undefined);
    await east.send(new PutItemCommand({ TableName: 'glob', Item: { pk: { S: 'after' } } }));
    assert.deepEqual(await get(east, 'after'), { pk: { S: 'after' } });
  });
});
