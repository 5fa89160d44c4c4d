import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB PutItem', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'items', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  const put = (Item: Record<string, unknown>, extra: Record<string, unknown> = {}) => f.ddb.send(new PutItemCommand({ TableName: 'items', Item: Item as never, ...extra }));

  test('every attribute type round-trips; numbers come back canonical', async () => {
    const item = {
      pk: { S: 'all' },
      n: { N: '0012.50' },
      big: { N: '12345678901234567890123456789012345678' },
      b: { B: new Uint8Array([0, 255]) },
      ss: { SS: ['x', 'y'] },
      ns: { NS: ['1', '1e2'] },
      bs: { BS: [new Uint8Array([1])] },
      l: { L: [{ S: '' }, { NULL: true }, { BOOL: false }] },
      m: { M: { deep: { M: { e: { L: [] } } } } },
    };
    await put(item);
    const out = await f.ddb.send(new GetItemCommand({ TableName: 'items', Key: { pk: { S: 'all' } } }));
    assert.deepEqual(out.Item!.n, { N: '12.5' });
    assert.deepEqual(out.Item!.big, { N: '12345678901234567890123456789012345678' });
    assert.deepEqual(out.Item!.ns, { NS: ['1', '100'] });
    assert.deepEqual(Buffer.from(out.Item!.b!.B!), Buffer.from([0, 255]));
    assert.deepEqual(out.Item!.l, item.l);
    assert.deepEqual(out.Item!.m, item.m);
  });

  test('ReturnValues ALL_OLD, conditions, and the failed item on request', async () => {
    await put({ pk: { S: 'v' }, version: { N: '1' } });
    const replaced = await put({ pk: { S: 'v' }, version: { N: '2' } }, { ReturnValues: 'ALL_OLD', ConditionExpression: 'version = :one', ExpressionAttributeValues: { ':one': { N: '1' } } });
    assert.deepEqual(replaced.Attributes, { pk: { S: 'v' }, version: { N: '1' } });
    const failed = await failure(put({ pk: { S: 'v' } }, { ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
    assert.equal(failed.name, 'ConditionalCheckFailedException');
    assert.equal(failed.status, 400);
    assert.equal(failed.message, 'The conditional request failed');
    assert.deepEqual(failed.error.Item, { pk: { S: 'v' }, version: { N: '2' } });
    const quiet = await failure(put({ pk: { S: 'v' } }, { ConditionExpression: 'attribute_not_exists(pk)' }));
    assert.equal(quiet.error.Item, undefined);
    assert.equal((await failure(put({ pk: { S: 'v' } }, { ReturnValues: 'ALL_NEW' }))).message, 'Return values set to invalid value');
  });

  test('key and value validation with AWS messages', async () => {
    const msg = async (item: Record<string, unknown>) => (await failure(put(item))).message;
    assert.equal(await msg({ other: { S: 'x' } }), 'One or more parameter values were invalid: Missing the key pk in the item');
    assert.equal(await msg({ pk: { N: '1' } }), 'One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N');
    assert.equal(await msg({ pk: { S: '' } }), 'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk');
    assert.equal(await msg({ pk: { S: 'k' }, s: { SS: [] } }), 'One or more parameter values were invalid: An string set  may not be empty');
    assert.equal(await msg({ pk: { S: 'k' }, s: { NS: ['1', '1.0'] } }), 'One or more parameter values were invalid: Input collection [1, 1.0] contains duplicates.');
    assert.equal(await msg({ pk: { S: 'k' }, n: { N: 'abc' } }), 'The parameter cannot be converted to a numeric value: abc');
    assert.equal(await msg({ pk: { S: 'k' }, n: { N: '1'.repeat(39) } }), 'Attempting to store more than 38 significant digits in a Number');
    assert.equal(await msg({ pk: { S: 'k' }, n: { N: '1e126' } }), 'Number overflow. Attempting to store a number with magnitude larger than supported range');
    assert.equal(await msg({ pk: { S: 'k' }, n: { N: '1e-131' } }), 'Number underflow. Attempting to store a number with magnitude smaller than supported range');
    assert.equal(await msg({ pk: { S: 'k' }, x: {} }), 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes');
    let deep: Record<string, unknown> = { S: 'leaf' };
    for (let i = 0; i < 32; i++) deep = { L: [deep] };
    assert.equal(await msg({ pk: { S: 'k' }, deep }), 'Nesting Levels have exceeded supported limits');
    assert.equal(await msg({ pk: { S: 'k' }, big: { S: 'x'.repeat(400 * 1024) } }), 'Item size has exceeded the maximum allowed size');
    const nearly = 400 * 1024 - 'pk'.length - 1 - 'big'.length;
    await put({ pk: { S: 'k' }, big: { S: 'x'.repeat(nearly) } });
    const missing = await failure(f.ddb.send(new PutItemCommand({ TableName: 'nope', Item: { pk: { S: 'x' } } })));
    assert.equal(missing.name, 'ResourceNotFoundException');
    assert.equal(missing.message, 'Requested resource not found');
  });

  test('the document client marshals JS values and sets', async () => {
    await f.doc.send(new PutCommand({ TableName: 'items', Item: { pk: 'doc', n: 3.25, tags: new Set(['a', 'b']), nested: { list: [1, 'two', null, true] } } }));
    const out = await f.doc.send(new GetCommand({ TableName: 'items', Key: { pk: 'doc' } }));
    assert.deepEqual(out.Item, { pk: 'doc', n: 3.25, tags: new Set(['a', 'b']), nested: { list: [1, 'two', null, true] } });
  });

  test('ConsumedCapacity: 1 KB write units, INDEXES breakdown', async () => {
    const out = await put({ pk: { S: 'cap' }, data: { S: 'x'.repeat(2000) } }, { ReturnConsumedCapacity: 'INDEXES' });
    assert.deepEqual(out.ConsumedCapacity, { TableName: 'items', CapacityUnits: 2, Table: { CapacityUnits: 2 } });
  });
});
