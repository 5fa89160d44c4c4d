import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTableCommand, PutItemCommand, QueryCommand, UpdateTableCommand, CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB UpdateTable', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
  });
  after(() => f.kumo.stop());

  test('a GSI added later is backfilled (sparsely) and can be queried; then removed', async () => {
    await createKeyTable(f.ddb, 'people', { hashOnly: true });
    await f.ddb.send(new PutItemCommand({ TableName: 'people', Item: { pk: { S: 'p1' }, city: { S: 'Oslo' }, age: { N: '30' } } }));
    await f.ddb.send(new PutItemCommand({ TableName: 'people', Item: { pk: { S: 'p2' }, city: { S: 'Oslo' }, age: { N: '20' } } }));
    await f.ddb.send(new PutItemCommand({ TableName: 'people', Item: { pk: { S: 'p3' }, age: { N: '50' } } }));
    const out = await f.ddb.send(new UpdateTableCommand({
      TableName: 'people',
      AttributeDefinitions: [{ AttributeName: 'city', AttributeType: 'S' }, { AttributeName: 'age', AttributeType: 'N' }],
      GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'byCity', KeySchema: [{ AttributeName: 'city', KeyType: 'HASH' }, { AttributeName: 'age', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } } }],
    }));
    assert.equal(out.TableDescription!.TableStatus, 'UPDATING');
    assert.equal(out.TableDescription!.GlobalSecondaryIndexes![0]!.IndexStatus, 'CREATING');
    const described = await f.ddb.send(new DescribeTableCommand({ TableName: 'people' }));
    assert.equal(described.Table!.GlobalSecondaryIndexes![0]!.IndexStatus, 'ACTIVE');
    assert.equal(described.Table!.GlobalSecondaryIndexes![0]!.ItemCount, 2, 'p3 has no city: the index is sparse');
    const q = await f.ddb.send(new QueryCommand({ TableName: 'people', IndexName: 'byCity', KeyConditionExpression: 'city = :c', ExpressionAttributeValues: { ':c': { S: 'Oslo' } } }));
    assert.deepEqual(q.Items!.map((i) => i.pk!.S), ['p2', 'p1']);
    assert.deepEqual(q.LastEvaluatedKey, undefined);
    await f.ddb.send(new UpdateTableCommand({ TableName: 'people', GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'byCity' } }] }));
    const after = await f.ddb.send(new DescribeTableCommand({ TableName: 'people' }));
    assert.equal(after.Table!.GlobalSecondaryIndexes, undefined);
    assert.deepEqual(after.Table!.AttributeDefinitions, [{ AttributeName: 'pk', AttributeType: 'S' }]);
    assert.equal((await failure(f.ddb.send(new QueryCommand({ TableName: 'people', IndexName: 'byCity', KeyConditionExpression: 'city = :c', ExpressionAttributeValues: { ':c': { S: 'Oslo' } } })))).message, 'The table does not have the specified index: byCity');
  });

  test('throughput and billing mode changes', async () => {
    await f.ddb.send(new CreateTableCommand({ TableName: 'prov', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }));
    const up = await f.ddb.send(new UpdateTableCommand({ TableName: 'prov', ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 } }));
    assert.equal(up.TableDescription!.ProvisionedThroughput!.ReadCapacityUnits, 10);
    assert.ok(up.TableDescription!.ProvisionedThroughput!.LastIncreaseDateTime instanceof Date);
    const same = await failure(f.ddb.send(new UpdateTableCommand({ TableName: 'prov', ProvisionedThroughput: { ReadCapacityUnits: 10, WriteCapacityUnits: 5 } })));
    assert.match(same.message, /^The provisioned throughput for the table will not change/);
    const ppr = await f.ddb.send(new UpdateTableCommand({ TableName: 'prov', BillingMode: 'PAY_PER_REQUEST' }));
    assert.equal(ppr.TableDescription!.BillingModeSummary!.BillingMode, 'PAY_PER_REQUEST');
    assert.equal(ppr.TableDescription!.ProvisionedThroughput!.ReadCapacityUnits, 0);
    assert.equal((await failure(f.ddb.send(new UpdateTableCommand({ TableName: 'prov' })))).name, 'ValidationException');
  });
});
