import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchGetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB BatchGetItem', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'reads', { hashOnly: true });
    await f.ddb.send(new PutItemCommand({ TableName: 'reads', Item: { pk: { S: 'a' }, big: { S: 'x'.repeat(5000) } } }));
  });
  after(() => f.kumo.stop());

  test('found items only, capacity per table by consistency', async () => {
    const out = await f.ddb.send(new BatchGetItemCommand({ RequestItems: { reads: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'none' } }], ConsistentRead: true, AttributesToGet: ['pk'] } }, ReturnConsumedCapacity: 'TOTAL' }));
    assert.deepEqual(out.Responses, { reads: [{ pk: { S: 'a' } }] });
    assert.deepEqual(out.UnprocessedKeys, {});
    assert.deepEqual(out.ConsumedCapacity, [{ TableName: 'reads', CapacityUnits: 3 }], '2 units for 5 KB plus 1 for the missing key');
  });

  test('keys that do not match the schema, and an empty request', async () => {
    assert.equal((await failure(f.ddb.send(new BatchGetItemCommand({ RequestItems: { reads: { Keys: [{ id: { S: 'a' } }] } } })))).message, 'The provided key element does not match the schema');
    assert.equal((await failure(f.ddb.send(new BatchGetItemCommand({ RequestItems: {} })))).name, 'ValidationException');
  });
});
