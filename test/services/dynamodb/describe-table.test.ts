import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTableCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB DescribeTable', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'described', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  test('ItemCount and TableSizeBytes follow the items (sizes as AWS computes them)', async () => {
    await f.ddb.send(new PutItemCommand({ TableName: 'described', Item: { pk: { S: 'abc' }, n: { N: '123.45' }, l: { L: [{ BOOL: true }] } } }));
    const t = (await f.ddb.send(new DescribeTableCommand({ TableName: 'described' }))).Table!;
    assert.equal(t.ItemCount, 1);
    // pk: 2 + 3; n: 1 + (5 digits -> 3 + 1); l: 1 + 3 + (1 + 1)
    assert.equal(t.TableSizeBytes, 5 + 5 + 6);
    assert.equal(t.TableStatus, 'ACTIVE');
  });

  test('an unknown table', async () => {
    const out = await failure(f.ddb.send(new DescribeTableCommand({ TableName: 'ghost' })));
    assert.equal(out.name, 'ResourceNotFoundException');
    assert.equal(out.message, 'Requested resource not found: Table: ghost not found');
  });
});
