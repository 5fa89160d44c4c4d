import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchGetItemCommand, BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB BatchWriteItem and BatchGetItem', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'left', { hashOnly: true });
    await createKeyTable(f.ddb, 'right', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  test('puts and deletes across tables; gets them back with empty Unprocessed maps', async () => {
    const out = await f.ddb.send(new BatchWriteItemCommand({
      RequestItems: {
        left: [{ PutRequest: { Item: { pk: { S: 'a' }, v: { N: '1' } } } }, { PutRequest: { Item: { pk: { S: 'b' } } } }],
        right: [{ PutRequest: { Item: { pk: { S: 'c' } } } }],
      },
      ReturnConsumedCapacity: 'TOTAL',
    }));
    assert.deepEqual(out.UnprocessedItems, {});
    assert.deepEqual(out.ConsumedCapacity, [{ TableName: 'left', CapacityUnits: 2 }, { TableName: 'right', CapacityUnits: 1 }]);
    await f.ddb.send(new BatchWriteItemCommand({ RequestItems: { left: [{ DeleteRequest: { Key: { pk: { S: 'b' } } } }] } }));
    const got = await f.ddb.send(new BatchGetItemCommand({
      RequestItems: { left: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'b' } }], ProjectionExpression: 'v' }, right: { Keys: [{ pk: { S: 'c' } }], ConsistentRead: true } },
    }));
    assert.deepEqual(got.Responses, { left: [{ v: { N: '1' } }], right: [{ pk: { S: 'c' } }] });
    assert.deepEqual(got.UnprocessedKeys, {});
  });

  test('limits of 25 writes and 100 keys, duplicates, missing tables', async () => {
    const puts = (n: number) => Array.from({ length: n }, (_, i) => ({ PutRequest: { Item: { pk: { S: `k${i}` } } } }));
    assert.equal((await failure(f.ddb.send(new BatchWriteItemCommand({ RequestItems: { left: puts(26) } })))).message, 'Too many items requested for the BatchWriteItem call');
    const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ pk: { S: `k${i}` } }));
    assert.equal((await failure(f.ddb.send(new BatchGetItemCommand({ RequestItems: { left: { Keys: keys(101) } } })))).message, 'Too many items requested for the BatchGetItem call');
    assert.equal((await failure(f.ddb.send(new BatchGetItemCommand({ RequestItems: { left: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'a' } }] } } })))).message, 'Provided list of item keys contains duplicates');
    assert.equal((await failure(f.ddb.send(new BatchWriteItemCommand({ RequestItems: { left: [{ PutRequest: { Item: { pk: { S: 'a' } } } }, { DeleteRequest: { Key: { pk: { S: 'a' } } } }] } })))).message, 'Provided list of item keys contains duplicates');
    assert.equal((await failure(f.ddb.send(new BatchWriteItemCommand({ RequestItems: { ghost: puts(1) } })))).name, 'ResourceNotFoundException');
  });

  test('the document client', async () => {
    await f.doc.send(new BatchWriteCommand({ RequestItems: { right: [{ PutRequest: { Item: { pk: 'd', list: [1, 2] } } }] } }));
    const out = await f.doc.send(new BatchGetCommand({ RequestItems: { right: { Keys: [{ pk: 'd' }] } } }));
    assert.deepEqual(out.Responses, { right: [{ pk: 'd', list: [1, 2] }] });
  });
});
