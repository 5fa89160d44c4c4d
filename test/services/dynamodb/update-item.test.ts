import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { UpdateItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB UpdateItem', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'counters', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  const update = (input: Record<string, unknown>) => f.ddb.send(new UpdateItemCommand({ TableName: 'counters', Key: { pk: { S: 'c' } }, ...input }));

  test('creates the item from its key; ADD and SET arithmetic; ReturnValues variants', async () => {
    const first = await update({ UpdateExpression: 'ADD hits :one SET created = if_not_exists(created, :now)', ExpressionAttributeValues: { ':one': { N: '1' }, ':now': { S: 't0' } }, ReturnValues: 'ALL_NEW' });
    assert.deepEqual(first.Attributes, { pk: { S: 'c' }, hits: { N: '1' }, created: { S: 't0' } });
    const second = await update({ UpdateExpression: 'SET hits = hits + :ten, created = if_not_exists(created, :now)', ExpressionAttributeValues: { ':ten': { N: '10' }, ':now': { S: 't1' } }, ReturnValues: 'UPDATED_OLD' });
    assert.deepEqual(second.Attributes, { hits: { N: '1' }, created: { S: 't0' } });
    const third = await update({ UpdateExpression: 'SET tags = :t REMOVE created', ExpressionAttributeValues: { ':t': { SS: ['a'] } }, ReturnValues: 'UPDATED_NEW' });
    assert.deepEqual(third.Attributes, { tags: { SS: ['a'] } });
    const none = await update({ UpdateExpression: 'ADD tags :t', ExpressionAttributeValues: { ':t': { SS: ['b'] } } });
    assert.equal(none.Attributes, undefined);
  });

  test('nested updates and UPDATED_NEW with every changed subpath', async () => {
    await f.ddb.send(new PutItemCommand({ TableName: 'counters', Item: { pk: { S: 'n' }, a: { M: { existing: { S: 'e' } } }, l: { L: [{ N: '1' }] } } }));
    const out = await f.ddb.send(new UpdateItemCommand({
      TableName: 'counters', Key: { pk: { S: 'n' } },
      UpdateExpression: 'SET #a.#b = :x, #a.#c = :y, l = list_append(l, :more)',
      ExpressionAttributeNames: { '#a': 'a', '#b': 'b', '#c': 'c' },
      ExpressionAttributeValues: { ':x': { S: 'x' }, ':y': { S: 'y' }, ':more': { L: [{ N: '2' }] } },
      ReturnValues: 'UPDATED_NEW',
    }));
    assert.deepEqual(out.Attributes, { a: { M: { b: { S: 'x' }, c: { S: 'y' } } }, l: { L: [{ N: '1' }, { N: '2' }] } });
  });

  test('key attributes cannot be updated; conditions and bad paths fail', async () => {
    assert.equal((await failure(update({ UpdateExpression: 'SET pk = :v', ExpressionAttributeValues: { ':v': { S: 'x' } } }))).message, 'One or more parameter values were invalid: Cannot update attribute pk. This attribute is part of the key');
    const cond = await failure(update({ UpdateExpression: 'SET x = :v', ConditionExpression: 'hits > :big', ExpressionAttributeValues: { ':v': { S: 'x' }, ':big': { N: '100' } }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }));
    assert.equal(cond.name, 'ConditionalCheckFailedException');
    assert.equal((cond.error.Item as Record<string, { N: string }>).hits!.N, '11');
    assert.equal((await failure(update({ UpdateExpression: 'SET nope.x = :v', ExpressionAttributeValues: { ':v': { S: 'x' } } }))).message, 'The document path provided in the update expression is invalid for update');
    assert.equal((await failure(update({ UpdateExpression: 'SET a = :v', ExpressionAttributeValues: { ':v': { S: 'x' }, ':w': { S: 'y' } } }))).message, 'Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}');
  });

  test('legacy AttributeUpdates: PUT, ADD to a number and a list, DELETE', async () => {
    const out = await f.ddb.send(new UpdateItemCommand({
      TableName: 'counters', Key: { pk: { S: 'legacy' } },
      AttributeUpdates: { n: { Action: 'ADD', Value: { N: '5' } }, l: { Action: 'ADD', Value: { L: [{ S: 'a' }] } }, s: { Action: 'PUT', Value: { S: 'v' } } },
      ReturnValues: 'ALL_NEW',
    }));
    assert.deepEqual(out.Attributes, { pk: { S: 'legacy' }, n: { N: '5' }, l: { L: [{ S: 'a' }] }, s: { S: 'v' } });
    const removed = await f.ddb.send(new UpdateItemCommand({ TableName: 'counters', Key: { pk: { S: 'legacy' } }, AttributeUpdates: { s: { Action: 'DELETE' } }, ReturnValues: 'ALL_NEW' }));
    assert.equal(removed.Attributes!.s, undefined);
  });

  test('the document client: counters and conditional updates', async () => {
    const out = await f.doc.send(new UpdateCommand({ TableName: 'counters', Key: { pk: 'doc' }, UpdateExpression: 'SET #v = if_not_exists(#v, :zero) + :inc', ExpressionAttributeNames: { '#v': 'value' }, ExpressionAttributeValues: { ':zero': 0, ':inc': 2 }, ReturnValues: 'ALL_NEW' }));
    assert.deepEqual(out.Attributes, { pk: 'doc', value: 2 });
  });
});
