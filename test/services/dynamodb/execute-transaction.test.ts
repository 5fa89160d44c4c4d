import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ExecuteTransactionCommand, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB ExecuteTransaction', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'txn', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  const tx = (statements: string[]) => f.ddb.send(new ExecuteTransactionCommand({ TransactStatements: statements.map((Statement) => ({ Statement })) }));
  const get = async (pk: string) => (await f.ddb.send(new GetItemCommand({ TableName: 'txn', Key: { pk: { S: pk } } }))).Item;

  test('writes land together; reads come back in order', async () => {
    await tx([`INSERT INTO txn VALUE {'pk': 'a', 'n': 1}`, `INSERT INTO txn VALUE {'pk': 'b', 'n': 2}`]);
    await tx([`UPDATE txn SET n = n + 10 WHERE pk = 'a'`, `DELETE FROM txn WHERE pk = 'b'`]);
    assert.deepEqual(await get('a'), { pk: { S: 'a' }, n: { N: '11' } });
    assert.equal(await get('b'), undefined);
    const reads = await tx([`SELECT n FROM txn WHERE pk = 'a'`, `SELECT * FROM txn WHERE pk = 'b'`]);
    assert.deepEqual(reads.Responses, [{ Item: { n: { N: '11' } } }, {}]);
  });

  test('a duplicate INSERT cancels everything with DuplicateItem', async () => {
    const failed = await failure(tx([`INSERT INTO txn VALUE {'pk': 'c'}`, `INSERT INTO txn VALUE {'pk': 'a'}`]));
    assert.equal(failed.name, 'TransactionCanceledException');
    assert.equal(failed.message, 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, DuplicateItem]');
    assert.deepEqual(failed.error.CancellationReasons, [{ Code: 'None' }, { Code: 'DuplicateItem', Message: 'Duplicate primary key exists in table' }]);
    assert.equal(await get('c'), undefined);
  });
});
