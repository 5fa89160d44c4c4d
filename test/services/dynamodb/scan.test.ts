import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchWriteItemCommand, CreateTableCommand, PutItemCommand, QueryCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand as DocScan } from '@aws-sdk/lib-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB Scan (and index reads)', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'many', { hashOnly: true });
    for (let i = 0; i < 100; i += 25) {
      await f.ddb.send(new BatchWriteItemCommand({ RequestItems: { many: Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: { pk: { S: `item-${i + j}` }, n: { N: String(i + j) } } } })) } }));
    }
  });
  after(() => f.kumo.stop());

  test('every item once across pages', async () => {
    const seen = new Set<string>();
    let start: Record<string, never> | undefined;
    do {
      const page = await f.ddb.send(new ScanCommand({ TableName: 'many', Limit: 30, ...(start ? { ExclusiveStartKey: start } : {}) }));
      for (const item of page.Items!) seen.add(item.pk!.S!);
      start = page.LastEvaluatedKey as typeof start;
    } while (start);
    assert.equal(seen.size, 100);
  });

  test('parallel segments partition the table', async () => {
    const counts = await Promise.all([0, 1, 2, 3].map(async (Segment) => (await f.ddb.send(new ScanCommand({ TableName: 'many', Segment, TotalSegments: 4, Select: 'COUNT' }))).Count!));
    assert.equal(counts.reduce((a, b) => a + b, 0), 100);
    assert.ok(counts.every((c) => c > 5), `segments are balanced: ${counts}`);
    assert.equal((await failure(f.ddb.send(new ScanCommand({ TableName: 'many', Segment: 4, TotalSegments: 4 })))).message, 'The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: 4 is not less than TotalSegments: 4');
    assert.equal((await failure(f.ddb.send(new ScanCommand({ TableName: 'many', Segment: 1 })))).message, 'The TotalSegments parameter is required but was not present in the request when Segment parameter is present');
  });

  test('FilterExpression, legacy ScanFilter, and the document client', async () => {
    const out = await f.ddb.send(new ScanCommand({ TableName: 'many', FilterExpression: 'n < :ten', ExpressionAttributeValues: { ':ten': { N: '10' } } }));
    assert.equal(out.Count, 10);
    assert.equal(out.ScannedCount, 100);
    const legacy = await f.ddb.send(new ScanCommand({ TableName: 'many', ScanFilter: { n: { ComparisonOperator: 'BETWEEN', AttributeValueList: [{ N: '10' }, { N: '14' }] } } }));
    assert.equal(legacy.Count, 5);
    const doc = await f.doc.send(new DocScan({ TableName: 'many', FilterExpression: 'n = :n', ExpressionAttributeValues: { ':n': 42 } }));
    assert.deepEqual(doc.Items, [{ pk: 'item-42', n: 42 }]);
  });

  test('a page stops at 1 MB of data read', async () => {
    await createKeyTable(f.ddb, 'heavy', { hashOnly: true });
    const blob = 'x'.repeat(300 * 1024);
    for (let i = 0; i < 5; i++) await f.ddb.send(new PutItemCommand({ TableName: 'heavy', Item: { pk: { S: `h${i}` }, blob: { S: blob } } }));
    const first = await f.ddb.send(new ScanCommand({ TableName: 'heavy', ProjectionExpression: 'pk', ReturnConsumedCapacity: 'TOTAL' }));
    assert.equal(first.ScannedCount, 4);
    assert.ok(first.LastEvaluatedKey);
    assert.equal(first.ConsumedCapacity!.CapacityUnits, 150.5, '4 x (300 KB + names) = 301 units of 4 KB, halved');
    const rest = await f.ddb.send(new ScanCommand({ TableName: 'heavy', ExclusiveStartKey: first.LastEvaluatedKey }));
    assert.equal(rest.Count, 1);
  });

  test('GSI with KEYS_ONLY and INCLUDE projections, LSI reads, sparse entries', async () => {
    await f.ddb.send(new CreateTableCommand({
      TableName: 'shop',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'status', AttributeType: 'S' }, { AttributeName: 'price', AttributeType: 'N' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
      GlobalSecondaryIndexes: [
        { IndexName: 'byStatus', KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
        { IndexName: 'byStatusPrice', KeySchema: [{ AttributeName: 'status', KeyType: 'HASH' }, { AttributeName: 'price', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['title'] } },
      ],
      LocalSecondaryIndexes: [{ IndexName: 'byPrice', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'price', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    }));
    const put = (sk: string, extra: Record<string, unknown>) => f.ddb.send(new PutItemCommand({ TableName: 'shop', Item: { pk: { S: 'store' }, sk: { S: sk }, title: { S: `t-${sk}` }, secret: { S: 's' }, ...extra } as never }));
    await put('a', { status: { S: 'open' }, price: { N: '30' } });
    await put('b', { status: { S: 'open' }, price: { N: '10' } });
    await put('c', { price: { N: '20' } });
    await put('d', { status: { S: 'closed' } });
    const keysOnly = await f.ddb.send(new QueryCommand({ TableName: 'shop', IndexName: 'byStatus', KeyConditionExpression: '#s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': { S: 'open' } } }));
    assert.deepEqual(keysOnly.Items!.map((i) => Object.keys(i).sort()), [['pk', 'sk', 'status'], ['pk', 'sk', 'status']]);
    const include = await f.ddb.send(new QueryCommand({ TableName: 'shop', IndexName: 'byStatusPrice', KeyConditionExpression: '#s = :s AND price > :p', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': { S: 'open' }, ':p': { N: '5' } }, Limit: 1 }));
    assert.deepEqual(include.Items, [{ pk: { S: 'store' }, sk: { S: 'b' }, status: { S: 'open' }, price: { N: '10' }, title: { S: 't-b' } }]);
    assert.deepEqual(include.LastEvaluatedKey, { pk: { S: 'store' }, sk: { S: 'b' }, status: { S: 'open' }, price: { N: '10' } });
    const next = await f.ddb.send(new QueryCommand({ TableName: 'shop', IndexName: 'byStatusPrice', KeyConditionExpression: '#s = :s AND price > :p', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': { S: 'open' }, ':p': { N: '5' } }, ExclusiveStartKey: include.LastEvaluatedKey }));
    assert.deepEqual(next.Items!.map((i) => i.sk!.S), ['a']);
    const lsi = await f.ddb.send(new QueryCommand({ TableName: 'shop', IndexName: 'byPrice', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'store' } }, Select: 'ALL_ATTRIBUTES' }));
    assert.deepEqual(lsi.Items!.map((i) => [i.sk!.S, i.secret!.S]), [['b', 's'], ['c', 's'], ['a', 's']], 'LSI order by price, all attributes fetched from the table');
    const scanIndex = await f.ddb.send(new ScanCommand({ TableName: 'shop', IndexName: 'byStatus' }));
    assert.equal(scanIndex.Count, 3);
    const gsiAll = await failure(f.ddb.send(new QueryCommand({ TableName: 'shop', IndexName: 'byStatus', KeyConditionExpression: '#s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': { S: 'open' } }, Select: 'ALL_ATTRIBUTES' })));
    assert.equal(gsiAll.message, 'One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index byStatus because its projection type is not ALL');
    const consistent = await failure(f.ddb.send(new ScanCommand({ TableName: 'shop', IndexName: 'byStatus', ConsistentRead: true })));
    assert.equal(consistent.message, 'Consistent reads are not supported on global secondary indexes');
    // Moving an item out of the index removes its entry.
    await put('a', { price: { N: '30' } });
    assert.equal((await f.ddb.send(new ScanCommand({ TableName: 'shop', IndexName: 'byStatus' }))).Count, 2);
  });
});
