import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetItemCommand, PutItemCommand, TransactGetItemsCommand, TransactWriteItemsCommand, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB TransactWriteItems and TransactGetItems', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'accounts', { hashOnly: true });
    await f.ddb.send(new PutItemCommand({ TableName: 'accounts', Item: { pk: { S: 'alice' }, balance: { N: '100' } } }));
    await f.ddb.send(new PutItemCommand({ TableName: 'accounts', Item: { pk: { S: 'bob' }, balance: { N: '0' } } }));
  });
  after(() => f.kumo.stop());

  const balance = async (pk: string) => (await f.ddb.send(new GetItemCommand({ TableName: 'accounts', Key: { pk: { S: pk } } }))).Item?.balance?.N;
  const transfer = (amount: string, token?: string) =>
    f.ddb.send(new TransactWriteItemsCommand({
      ...(token ? { ClientRequestToken: token } : {}),
      ReturnConsumedCapacity: 'TOTAL',
      TransactItems: [
        { Update: { TableName: 'accounts', Key: { pk: { S: 'alice' } }, UpdateExpression: 'SET balance = balance - :a', ConditionExpression: 'balance >= :a', ExpressionAttributeValues: { ':a': { N: amount } } } },
        { Update: { TableName: 'accounts', Key: { pk: { S: 'bob' } }, UpdateExpression: 'SET balance = balance + :a', ExpressionAttributeValues: { ':a': { N: amount } } } },
        { Put: { TableName: 'accounts', Item: { pk: { S: `log-${amount}-${token ?? ''}` } }, ConditionExpression: 'attribute_not_exists(pk)' } },
      ],
    }));

  test('all writes land together, at twice the write cost', async () => {
    const out = await transfer('30');
    assert.deepEqual(out.ConsumedCapacity, [{ TableName: 'accounts', CapacityUnits: 6 }]);
    assert.equal(await balance('alice'), '70');
    assert.equal(await balance('bob'), '30');
  });

  test('a failed condition cancels everything, with reasons in order', async () => {
    const out = await failure(transfer('500'));
    assert.equal(out.name, 'TransactionCanceledException');
    assert.equal(out.message, 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None, None]');
    assert.ok(out.error instanceof TransactionCanceledException);
    assert.deepEqual((out.error as unknown as TransactionCanceledException).CancellationReasons, [
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      { Code: 'None' },
      { Code: 'None' },
    ]);
    assert.equal(await balance('alice'), '70');
    assert.equal(await balance('bob'), '30');
  });

  test('ConditionCheck with the failing item returned', async () => {
    const out = await failure(f.ddb.send(new TransactWriteItemsCommand({
      TransactItems: [
        { ConditionCheck: { TableName: 'accounts', Key: { pk: { S: 'bob' } }, ConditionExpression: 'balance > :big', ExpressionAttributeValues: { ':big': { N: '1000' } }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        { Delete: { TableName: 'accounts', Key: { pk: { S: 'alice' } } } },
      ],
    })));
    assert.deepEqual((out.error as unknown as TransactionCanceledException).CancellationReasons, [
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { pk: { S: 'bob' }, balance: { N: '30' } } },
      { Code: 'None' },
    ]);
    assert.equal(await balance('alice'), '70');
  });

  test('idempotency tokens replay, and refuse a different request', async () => {
    await transfer('5', 'token-1');
    await transfer('5', 'token-1');
    assert.equal(await balance('alice'), '65', 'the second call with the token did not apply again');
    const mismatch = await failure(transfer('6', 'token-1'));
    assert.equal(mismatch.name, 'IdempotentParameterMismatchException');
  });

  test('two operations on one item are refused', async () => {
    const out = await failure(f.ddb.send(new TransactWriteItemsCommand({
      TransactItems: [{ Delete: { TableName: 'accounts', Key: { pk: { S: 'bob' } } } }, { Put: { TableName: 'accounts', Item: { pk: { S: 'bob' } } } }],
    })));
    assert.equal(out.message, 'Transaction request cannot include multiple operations on one item');
  });

  test('TransactGetItems reads in order at twice the consistent read cost; document client writes', async () => {
    await f.doc.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: 'accounts', Item: { pk: 'carol', balance: 5 } } }] }));
    const out = await f.ddb.send(new TransactGetItemsCommand({
      ReturnConsumedCapacity: 'TOTAL',
      TransactItems: [{ Get: { TableName: 'accounts', Key: { pk: { S: 'carol' } } } }, { Get: { TableName: 'accounts', Key: { pk: { S: 'nobody' } } } }, { Get: { TableName: 'accounts', Key: { pk: { S: 'bob' } }, ProjectionExpression: 'balance' } }],
    }));
    assert.deepEqual(out.Responses, [{ Item: { pk: { S: 'carol' }, balance: { N: '5' } } }, {}, { Item: { balance: { N: '35' } } }]);
    assert.deepEqual(out.ConsumedCapacity, [{ TableName: 'accounts', CapacityUnits: 6 }]);
  });
});
