import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchWriteItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { QueryCommand as DocQuery } from '@aws-sdk/lib-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB Query', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'orders', { sortType: 'N' });
    const puts = [];
    for (let i = 0; i < 40; i++) puts.push({ PutRequest: { Item: { pk: { S: i % 2 === 0 ? 'even' : 'odd' }, sk: { N: String(i - 10) }, status: { S: i % 3 === 0 ? 'open' : 'done' } } } });
    for (let i = 0; i < puts.length; i += 20) await f.ddb.send(new BatchWriteItemCommand({ RequestItems: { orders: puts.slice(i, i + 20) } }));
  });
  after(() => f.kumo.stop());

  const q = (input: Record<string, unknown>) => f.ddb.send(new QueryCommand({ TableName: 'orders', ...input }));

  test('a partition comes back in numeric sort key order, both directions', async () => {
    const out = await q({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'even' } } });
    assert.equal(out.Count, 20);
    assert.deepEqual(out.Items!.map((i) => Number(i.sk!.N)), Array.from({ length: 20 }, (_, i) => i * 2 - 10));
    const back = await q({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'even' } }, ScanIndexForward: false, Limit: 3 });
    assert.deepEqual(back.Items!.map((i) => i.sk!.N), ['28', '26', '24']);
    assert.deepEqual(back.LastEvaluatedKey, { pk: { S: 'even' }, sk: { N: '24' } });
  });

  test('sort key conditions: comparisons, BETWEEN and negative numbers', async () => {
    const sks = async (cond: string, values: Record<string, unknown>) =>
      (await q({ KeyConditionExpression: `pk = :p AND ${cond}`, ExpressionAttributeValues: { ':p': { S: 'odd' }, ...values } })).Items!.map((i) => Number(i.sk!.N));
    assert.deepEqual(await sks('sk < :v', { ':v': { N: '-5' } }), [-9, -7]);
    assert.deepEqual(await sks('sk <= :v', { ':v': { N: '-5' } }), [-9, -7, -5]);
    assert.deepEqual(await sks('sk > :v', { ':v': { N: '25' } }), [27, 29]);
    assert.deepEqual(await sks('sk >= :v', { ':v': { N: '27' } }), [27, 29]);
    assert.deepEqual(await sks('sk = :v', { ':v': { N: '3.0' } }), [3]);
    assert.deepEqual(await sks('sk BETWEEN :a AND :b', { ':a': { N: '-1' }, ':b': { N: '3' } }), [-1, 1, 3]);
  });

  test('Limit and ExclusiveStartKey page through; FilterExpression applies after Limit', async () => {
    const seen: number[] = [];
    let start: Record<string, unknown> | undefined;
    let pages = 0;
    do {
      const page = await q({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'odd' } }, Limit: 7, ...(start ? { ExclusiveStartKey: start } : {}) });
      seen.push(...page.Items!.map((i) => Number(i.sk!.N)));
      start = page.LastEvaluatedKey;
      pages++;
    } while (start);
    assert.equal(seen.length, 20);
    assert.equal(pages, 3);
    const filtered = await q({ KeyConditionExpression: 'pk = :p', FilterExpression: '#s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':p': { S: 'odd' }, ':s': { S: 'open' } }, Limit: 6 });
    assert.equal(filtered.ScannedCount, 6);
    assert.equal(filtered.Count, 2);
  });

  test('Select COUNT, projections and capacity', async () => {
    const count = await q({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'odd' } }, Select: 'COUNT', ReturnConsumedCapacity: 'TOTAL' });
    assert.equal(count.Items, undefined);
    assert.equal(count.Count, 20);
    assert.deepEqual(count.ConsumedCapacity, { TableName: 'orders', CapacityUnits: 0.5 });
    const proj = await q({ KeyConditionExpression: 'pk = :p AND sk = :s', ProjectionExpression: '#st', ExpressionAttributeNames: { '#st': 'status' }, ExpressionAttributeValues: { ':p': { S: 'odd' }, ':s': { N: '-9' } } });
    assert.deepEqual(proj.Items, [{ status: { S: 'done' } }]);
  });

  test('the document client queries with begins_with on a string sort key', async () => {
    await createKeyTable(f.ddb, 'docs');
    for (const sk of ['2024-01-05', '2024-02-01', '2024-02-17', '2025-02-01']) await f.doc.send(new (await import('@aws-sdk/lib-dynamodb')).PutCommand({ TableName: 'docs', Item: { pk: 'u', sk, n: 1 } }));
    const out = await f.doc.send(new DocQuery({ TableName: 'docs', KeyConditionExpression: 'pk = :u AND begins_with(sk, :m)', ExpressionAttributeValues: { ':u': 'u', ':m': '2024-02' } }));
    assert.deepEqual(out.Items, [{ pk: 'u', sk: '2024-02-01', n: 1 }, { pk: 'u', sk: '2024-02-17', n: 1 }]);
  });

  test("key condition errors use AWS's messages", async () => {
    const v = { ':p': { S: 'odd' }, ':v': { N: '1' } };
    assert.equal((await failure(q({ KeyConditionExpression: 'sk = :v', ExpressionAttributeValues: { ':v': { N: '1' } } }))).message, 'Query condition missed key schema element: pk');
    assert.equal((await failure(q({ KeyConditionExpression: 'pk = :p OR sk = :v', ExpressionAttributeValues: v }))).message, 'Invalid KeyConditionExpression: Invalid operator used in KeyConditionExpression: OR');
    assert.equal((await failure(q({ KeyConditionExpression: 'pk = :v', ExpressionAttributeValues: { ':v': { N: '1' } } }))).message, 'One or more parameter values were invalid: Condition parameter type does not match schema type');
    assert.equal((await failure(q({ KeyConditionExpression: 'pk = :p AND begins_with(sk, :v)', ExpressionAttributeValues: v }))).message, 'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N');
    assert.equal((await failure(q({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'x' } }, IndexName: 'nope' }))).message, 'The table does not have the specified index: nope');
    const missing = await failure(q({}));
    assert.equal(missing.message, 'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
    assert.equal(missing.status, 400);
  });

  test('legacy KeyConditions and QueryFilter still work', async () => {
    const out = await q({
      KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'even' }] }, sk: { ComparisonOperator: 'GT', AttributeValueList: [{ N: '20' }] } },
      QueryFilter: { status: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'open' }] } },
    });
    assert.deepEqual(out.Items!.map((i) => i.sk!.N), ['26']);
  });
});
