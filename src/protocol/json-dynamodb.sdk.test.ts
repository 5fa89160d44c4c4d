import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchGetItemCommand, DescribeTableCommand, DynamoDBClient, PutItemCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { AwsError } from '../shared/aws-error.js';
import { jsonProtocol } from './json.js';
import { loopbackClientConfig } from './testing/loopback-client-config.js';
import type { LoopbackHandler } from './testing/sdk-loopback.js';

/** awsJson1_0 through @aws-sdk/client-dynamodb: the recursive AttributeValue union and modeled error fields. */
function dynamodb(handle: LoopbackHandler): DynamoDBClient {
  return new DynamoDBClient(loopbackClientConfig(jsonProtocol, 'dynamodb', handle));
}

const item = {
  pk: { S: 'user#1' },
  n: { N: '-12.5e3' },
  bin: { B: new Uint8Array([0, 1, 254, 255]) },
  ok: { BOOL: false },
  nil: { NULL: true },
  ss: { SS: ['a', 'b'] },
  ns: { NS: ['1', '2.5'] },
  bs: { BS: [new Uint8Array([1]), new Uint8Array([2, 3])] },
  list: { L: [{ S: 'x' }, { M: { deep: { L: [{ N: '1' }, { NULL: true }] } } }] },
  map: { M: { a: { S: '' }, b: { BOOL: true } } },
};

describe('json 1.0 through @aws-sdk/client-dynamodb', () => {
  test('PutItem: every AttributeValue member, nested maps and lists, blobs both ways', async () => {
    let seen: unknown;
    const input = {
      TableName: 't',
      Item: item,
      ConditionExpression: 'attribute_not_exists(#p) OR #n < :v',
      ExpressionAttributeNames: { '#p': 'pk', '#n': 'n' },
      ExpressionAttributeValues: { ':v': { N: '3' } },
      ReturnValues: 'ALL_OLD' as const,
    };
    const out = await dynamodb((op, i) => {
      seen = { op, i };
      return { Attributes: item, ConsumedCapacity: { TableName: 't', CapacityUnits: 1.5 } };
    }).send(new PutItemCommand(input));
    assert.deepEqual(normalizeBlobs(seen), { op: 'PutItem', i: normalizeBlobs(input) });
    assert.deepEqual(normalizeBlobs(out.Attributes), normalizeBlobs(item));
    assert.deepEqual(out.ConsumedCapacity, { TableName: 't', CapacityUnits: 1.5 });
  });

  test('BatchGetItem: a map of structures with lists of maps, both ways', async () => {
    let seen: unknown;
    const input = { RequestItems: { t1: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'b' } }], ProjectionExpression: 'pk' }, t2: { Keys: [{ id: { N: '1' } }], ConsistentRead: true } } };
    const out = await dynamodb((_op, i) => {
      seen = i;
      return { Responses: { t1: [{ pk: { S: 'a' } }], t2: [] }, UnprocessedKeys: { t1: { Keys: [{ pk: { S: 'b' } }], ProjectionExpression: 'pk' } } };
    }).send(new BatchGetItemCommand(input));
    assert.deepEqual(seen, input);
    assert.deepEqual(out.Responses, { t1: [{ pk: { S: 'a' } }], t2: [] });
    assert.deepEqual(out.UnprocessedKeys, { t1: { Keys: [{ pk: { S: 'b' } }], ProjectionExpression: 'pk' } });
  });

  test('DescribeTable: epoch-second timestamps and nested lists out', async () => {
    const created = new Date('2024-01-02T03:04:05.678Z');
    const table = {
      TableName: 't',
      TableStatus: 'ACTIVE' as const,
      CreationDateTime: created,
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' as const }, { AttributeName: 'sk', KeyType: 'RANGE' as const }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' as const }, { AttributeName: 'sk', AttributeType: 'N' as const }],
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5, NumberOfDecreasesToday: 0, LastIncreaseDateTime: created },
      ItemCount: 12,
      TableSizeBytes: 3456,
      TableArn: 'arn:aws:dynamodb:us-east-1:000000000000:table/t',
      BillingModeSummary: { BillingMode: 'PROVISIONED' as const },
    };
    const out = await dynamodb(() => ({ Table: table })).send(new DescribeTableCommand({ TableName: 't' }));
    assert.deepEqual(out.Table, table);
  });

  test('TransactionCanceledException: CancellationReasons reach the client with their items', async () => {
    const reasons = [
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { pk: { S: 'a' }, n: { N: '1' } } },
      { Code: 'None' },
    ];
    const message = 'Transaction cancelled, please refer cancellation reasons for specific reasons [ConditionalCheckFailed, None]';
    const client = dynamodb(() => {
      throw new AwsError('TransactionCanceledException', message, { fields: { CancellationReasons: reasons } });
    });
    const input = {
      TransactItems: [
        { Put: { TableName: 't', Item: { pk: { S: 'a' } }, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const } },
        { Delete: { TableName: 't', Key: { pk: { S: 'b' } } } },
      ],
    };
    await assert.rejects(client.send(new TransactWriteItemsCommand(input)), (e: Error & { CancellationReasons?: unknown; $fault?: string; $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'TransactionCanceledException');
      assert.equal(e.message, message);
      assert.deepEqual(e.CancellationReasons, reasons);
      assert.equal(e.$fault, 'client');
      assert.equal(e.$metadata?.httpStatusCode, 400);
      return true;
    });
  });

  test('ConditionalCheckFailedException: the old item as a modeled field', async () => {
    const client = dynamodb(() => {
      throw new AwsError('ConditionalCheckFailedException', 'The conditional request failed', { fields: { Item: { pk: { S: 'a' } } } });
    });
    await assert.rejects(client.send(new PutItemCommand({ TableName: 't', Item: { pk: { S: 'a' } } })), (e: Error & { Item?: unknown }) => {
      assert.equal(e.name, 'ConditionalCheckFailedException');
      assert.deepEqual(e.Item, { pk: { S: 'a' } });
      return true;
    });
  });
});

/** Blobs come back as Uint8Array or Buffer depending on the side; compare their bytes. */
function normalizeBlobs(value: unknown): unknown {
  if (value instanceof Uint8Array) return { bytes: [...value] };
  if (Array.isArray(value)) return value.map(normalizeBlobs);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeBlobs(v)]));
  return value;
}
