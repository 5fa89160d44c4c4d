import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTableCommand, DeleteTableCommand, GetItemCommand, PutItemCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB DeleteTable', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
  });
  after(() => f.kumo.stop());

  test('answers DELETING; the table and its items are gone, and the name can be reused', async () => {
    await createKeyTable(f.ddb, 'doomed', { hashOnly: true });
    await f.ddb.send(new PutItemCommand({ TableName: 'doomed', Item: { pk: { S: 'a' } } }));
    const out = await f.ddb.send(new DeleteTableCommand({ TableName: 'doomed' }));
    assert.equal(out.TableDescription!.TableStatus, 'DELETING');
    assert.equal(out.TableDescription!.ItemCount, 1);
    assert.equal((await failure(f.ddb.send(new GetItemCommand({ TableName: 'doomed', Key: { pk: { S: 'a' } } })))).name, 'ResourceNotFoundException');
    await createKeyTable(f.ddb, 'doomed', { hashOnly: true });
    assert.equal((await f.ddb.send(new GetItemCommand({ TableName: 'doomed', Key: { pk: { S: 'a' } } }))).Item, undefined);
  });

  test('deletion protection refuses; an unknown table is not found', async () => {
    await f.ddb.send(new CreateTableCommand({ TableName: 'kept', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST', DeletionProtectionEnabled: true }));
    assert.equal((await failure(f.ddb.send(new DeleteTableCommand({ TableName: 'kept' })))).name, 'ResourceInUseException');
    await f.ddb.send(new UpdateTableCommand({ TableName: 'kept', DeletionProtectionEnabled: false }));
    await f.ddb.send(new DeleteTableCommand({ TableName: 'kept' }));
    assert.equal((await failure(f.ddb.send(new DeleteTableCommand({ TableName: 'kept' })))).message, 'Requested resource not found: Table: kept not found');
  });
});
