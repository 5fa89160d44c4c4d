import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { BatchWriteItemCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

const KB = 'x'.repeat(1000);

describe('KUMO_DYNAMODB_THROTTLE', () => {
  let f: DynamoFixture;
  const advance = (advanceSeconds: number) => fetch(`${f.kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) });
  // Kumo's clock moves with real time (plus whole seconds): start early in a second so two calls share it.
  const earlyInSecond = async () => {
    const ms = Date.now() % 1000;
    if (ms > 300) await sleep(1000 - ms + 5);
  };
  before(async () => {
    f = await startDynamo();
    process.env.KUMO_DYNAMODB_THROTTLE = '1';
    await createKeyTable(f.ddb, 'prov', { hashOnly: true, BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } });
    await createKeyTable(f.ddb, 'ondemand', { hashOnly: true });
  });
  after(async () => {
    delete process.env.KUMO_DYNAMODB_THROTTLE;
    f.ddb.destroy();
    await f.kumo.stop();
  });

  test('1 WCU: one 1 KB write per second, the second is throttled, moving the clock refills', async () => {
    await earlyInSecond();
    await f.ddb.send(new PutItemCommand({ TableName: 'prov', Item: { pk: { S: 'a' }, v: { S: KB } } }));
    const err = await failure(f.ddb.send(new PutItemCommand({ TableName: 'prov', Item: { pk: { S: 'b' }, v: { S: KB } } })));
    assert.equal(err.name, 'ProvisionedThroughputExceededException');
    assert.equal(err.status, 400);
    assert.equal(err.message, 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.');
    await advance(1);
    await f.ddb.send(new PutItemCommand({ TableName: 'prov', Item: { pk: { S: 'b' }, v: { S: KB } } }));
    // Reads have their own budget: 1 RCU is two eventually consistent reads of up to 4 KB.
    await advance(1);
    await earlyInSecond();
    await f.ddb.send(new GetItemCommand({ TableName: 'prov', Key: { pk: { S: 'a' } } }));
    await f.ddb.send(new GetItemCommand({ TableName: 'prov', Key: { pk: { S: 'a' } } }));
    assert.equal((await failure(f.ddb.send(new GetItemCommand({ TableName: 'prov', Key: { pk: { S: 'a' } } })))).name, 'ProvisionedThroughputExceededException');
  });

  test('BatchWriteItem returns the throttled writes as UnprocessedItems', async () => {
    await advance(1);
    await earlyInSecond();
    const out = await f.ddb.send(
      new BatchWriteItemCommand({
        RequestItems: { prov: [{ PutRequest: { Item: { pk: { S: 'c' }, v: { S: KB } } } }, { PutRequest: { Item: { pk: { S: 'd' }, v: { S: KB } } } }] },
      }),
    );
    assert.deepEqual(out.UnprocessedItems, { prov: [{ PutRequest: { Item: { pk: { S: 'd' }, v: { S: KB } } } }] });
    const all = await failure(f.ddb.send(new BatchWriteItemCommand({ RequestItems: { prov: [{ PutRequest: { Item: { pk: { S: 'e' } } } }] } })));
    assert.equal(all.name, 'ProvisionedThroughputExceededException');
  });

  test('PAY_PER_REQUEST tables never throttle, and nothing throttles with the variable unset', async () => {
    await earlyInSecond();
    for (const pk of ['a', 'b', 'c']) await f.ddb.send(new PutItemCommand({ TableName: 'ondemand', Item: { pk: { S: pk }, v: { S: KB } } }));
    delete process.env.KUMO_DYNAMODB_THROTTLE;
    try {
      for (const pk of ['x', 'y', 'z']) await f.ddb.send(new PutItemCommand({ TableName: 'prov', Item: { pk: { S: pk }, v: { S: KB } } }));
    } finally {
      process.env.KUMO_DYNAMODB_THROTTLE = '1';
    }
  });
});
