import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListTablesCommand, paginateListTables } from '@aws-sdk/client-dynamodb';
import { createKeyTable, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB ListTables', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    for (const name of ['charlie', 'alpha', 'bravo', 'delta', 'echo']) await createKeyTable(f.ddb, name, { hashOnly: true });
  });
  after(() => f.kumo.stop());

  test('names in order, paged by Limit and ExclusiveStartTableName', async () => {
    const first = await f.ddb.send(new ListTablesCommand({ Limit: 2 }));
    assert.deepEqual(first.TableNames, ['alpha', 'bravo']);
    assert.equal(first.LastEvaluatedTableName, 'bravo');
    const all: string[] = [];
    for await (const page of paginateListTables({ client: f.ddb, pageSize: 2 }, {})) all.push(...(page.TableNames ?? []));
    assert.deepEqual(all, ['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    const last = await f.ddb.send(new ListTablesCommand({ ExclusiveStartTableName: 'charlie' }));
    assert.deepEqual(last.TableNames, ['delta', 'echo']);
    assert.equal(last.LastEvaluatedTableName, undefined);
  });

  test('tables are per region', async () => {
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const west = new DynamoDBClient({ ...f.kumo.clientConfig, region: 'eu-west-1' });
    assert.deepEqual((await west.send(new ListTablesCommand({}))).TableNames, []);
  });
});
