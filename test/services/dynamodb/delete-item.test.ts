import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteItemCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB DeleteItem', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'things', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  test('deletes, returns the old item, and is quiet for a missing item', async () => {
    await f.ddb.send(new PutItemCommand({ TableName: 'things', Item: { pk: { S: 'a' }, v: { N: '1' } } }));
    const out = await f.ddb.send(new DeleteItemCommand({ TableName: 'things', Key: { pk: { S: 'a' } }, ReturnValues: 'ALL_OLD' }));
    assert.deepEqual(out.Attributes, { pk: { S: 'a' }, v: { N: '1' } });
    assert.equal((await f.ddb.send(new GetItemCommand({ TableName: 'things', Key: { pk: { S: 'a' } } }))).Item, undefined);
    const again = await f.ddb.send(new DeleteItemCommand({ TableName: 'things', Key: { pk: { S: 'a' } }, ReturnValues: 'ALL_OLD' }));
    assert.equal(again.Attributes, undefined);
  });

  test('a condition guards the delete', async () => {
    await f.ddb.send(new PutItemCommand({ TableName: 'things', Item: { pk: { S: 'b' }, v: { N: '1' } } }));
    const failed = await failure(f.ddb.send(new DeleteItemCommand({ TableName: 'things', Key: { pk: { S: 'b' } }, ConditionExpression: 'v > :v', ExpressionAttributeValues: { ':v': { N: '5' } } })));
    assert.equal(failed.name, 'ConditionalCheckFailedException');
    assert.ok((await f.ddb.send(new GetItemCommand({ TableName: 'things', Key: { pk: { S: 'b' } } }))).Item);
    await f.ddb.send(new DeleteItemCommand({ TableName: 'things', Key: { pk: { S: 'b' } }, Expected: { v: { Value: { N: '1' } } } }));
    assert.equal((await f.ddb.send(new GetItemCommand({ TableName: 'things', Key: { pk: { S: 'b' } } }))).Item, undefined);
  });
});
