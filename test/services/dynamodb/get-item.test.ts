import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB GetItem', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'things');
    await f.ddb.send(new PutItemCommand({ TableName: 'things', Item: { pk: { S: 'a' }, sk: { S: '1' }, doc: { M: { x: { N: '1' }, y: { L: [{ S: 'p' }, { S: 'q' }] } } }, big: { S: 'z'.repeat(5000) } } }));
  });
  after(() => f.kumo.stop());

  const get = (input: Record<string, unknown>) => f.ddb.send(new GetItemCommand({ TableName: 'things', Key: { pk: { S: 'a' }, sk: { S: '1' } }, ...input }));

  test('a missing item answers without Item', async () => {
    const out = await f.ddb.send(new GetItemCommand({ TableName: 'things', Key: { pk: { S: 'a' }, sk: { S: '2' } }, ReturnConsumedCapacity: 'TOTAL' }));
    assert.equal(out.Item, undefined);
    assert.deepEqual(out.ConsumedCapacity, { TableName: 'things', CapacityUnits: 0.5 });
  });

  test('ProjectionExpression with nested paths; AttributesToGet', async () => {
    assert.deepEqual((await get({ ProjectionExpression: 'doc.y[1], sk' })).Item, { sk: { S: '1' }, doc: { M: { y: { L: [{ S: 'q' }] } } } });
    assert.deepEqual((await get({ AttributesToGet: ['pk'] })).Item, { pk: { S: 'a' } });
  });

  test('4 KB read units, halved unless ConsistentRead', async () => {
    assert.equal((await get({ ReturnConsumedCapacity: 'TOTAL' })).ConsumedCapacity!.CapacityUnits, 1);
    assert.equal((await get({ ReturnConsumedCapacity: 'TOTAL', ConsistentRead: true })).ConsumedCapacity!.CapacityUnits, 2);
  });

  test('a key that does not match the schema', async () => {
    const wrong = await failure(f.ddb.send(new GetItemCommand({ TableName: 'things', Key: { pk: { S: 'a' } } })));
    assert.equal(wrong.name, 'ValidationException');
    assert.equal(wrong.message, 'The provided key element does not match the schema');
    assert.equal((await failure(f.ddb.send(new GetItemCommand({ TableName: 'things', Key: { pk: { S: 'a' }, sk: { N: '1' } } })))).message, 'The provided key element does not match the schema');
    assert.equal((await failure(get({ ProjectionExpression: 'name' }))).message, 'Invalid ProjectionExpression: Attribute name is a reserved keyword; reserved keyword: name');
  });
});
