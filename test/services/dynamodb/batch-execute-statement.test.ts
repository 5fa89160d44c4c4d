import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchExecuteStatementCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB BatchExecuteStatement', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'batch', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  const batch = (Statements: Array<{ Statement: string; Parameters?: unknown[] }>) => f.ddb.send(new BatchExecuteStatementCommand({ Statements: Statements as never }));

  test('writes succeed or fail one by one; reads get single items', async () => {
    const writes = await batch([
      { Statement: `INSERT INTO batch VALUE {'pk': 'a', 'v': 1}` },
      { Statement: `INSERT INTO batch VALUE {'pk': ?, 'v': 2}`, Parameters: [{ S: 'b' }] },
      { Statement: `INSERT INTO batch VALUE {'pk': 'a', 'v': 3}` },
      { Statement: `UPDATE batch SET v = 9 WHERE pk = 'zzz'` },
    ]);
    assert.deepEqual(writes.Responses![0], { TableName: 'batch' });
    assert.deepEqual(writes.Responses![2]!.Error, { Code: 'DuplicateItem', Message: 'Duplicate primary key exists in table' });
    assert.equal(writes.Responses![3]!.Error!.Code, 'ConditionalCheckFailed');
    const reads = await batch([{ Statement: `SELECT v FROM batch WHERE pk = 'a'` }, { Statement: `SELECT * FROM batch WHERE pk = 'none'` }, { Statement: `SELECT * FROM batch WHERE v = 1` }]);
    assert.deepEqual(reads.Responses![0], { TableName: 'batch', Item: { v: { N: '1' } } });
    assert.deepEqual(reads.Responses![1], { TableName: 'batch' });
    assert.equal(reads.Responses![2]!.Error!.Code, 'ValidationError');
  });

  test('reads and writes cannot mix', async () => {
    const mixed = await failure(batch([{ Statement: `SELECT * FROM batch WHERE pk = 'a'` }, { Statement: `DELETE FROM batch WHERE pk = 'a'` }]));
    assert.equal(mixed.name, 'ValidationException');
  });
});
