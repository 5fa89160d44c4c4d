import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PutItemCommand, TransactGetItemsCommand } from '@aws-sdk/client-dynamodb';
import { TransactGetCommand } from '@aws-sdk/lib-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB TransactGetItems', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'snap', { hashOnly: true });
    await f.ddb.send(new PutItemCommand({ TableName: 'snap', Item: { pk: { S: 'a' }, n: { N: '1' } } }));
  });
  after(() => f.kumo.stop());

  test('answers in request order, empty for missing items', async () => {
    const out = await f.doc.send(new TransactGetCommand({ TransactItems: [{ Get: { TableName: 'snap', Key: { pk: 'missing' } } }, { Get: { TableName: 'snap', Key: { pk: 'a' } } }] }));
    assert.deepEqual(out.Responses, [{}, { Item: { pk: 'a', n: 1 } }]);
  });

  test('one item twice, or an unknown table', async () => {
    const twice = await failure(f.ddb.send(new TransactGetItemsCommand({ TransactItems: [{ Get: { TableName: 'snap', Key: { pk: { S: 'a' } } } }, { Get: { TableName: 'snap', Key: { pk: { S: 'a' } } } }] })));
    assert.equal(twice.message, 'Transaction request cannot include multiple operations on one item');
    assert.equal((await failure(f.ddb.send(new TransactGetItemsCommand({ TransactItems: [{ Get: { TableName: 'ghost', Key: { pk: { S: 'a' } } } }] })))).name, 'ResourceNotFoundException');
  });
});
