import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { TransactGetItemsCommand, TransactWriteItemsCommand, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

const KB = 'x'.repeat(1000);
const TABLE_MESSAGE = 'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.';

/** TransactWriteItems and TransactGetItems spend twice the units under KUMO_DYNAMODB_THROTTLE=1 and cancel when throttled. */
describe('transactions under KUMO_DYNAMODB_THROTTLE', () => {
  let f: DynamoFixture;
  const advance = (advanceSeconds: number) => fetch(`${f.kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) });
  // Kumo's clock follows real time: start early in a second so the calls of one step share it.
  const earlyInSecond = async () => {
    const ms = Date.now() % 1000;
    if (ms > 300) await sleep(1000 - ms + 5);
  };
  before(async () => {
    f = await startDynamo();
    process.env.KUMO_DYNAMODB_THROTTLE = '1';
    await createKeyTable(f.ddb, 'tprov', { hashOnly: true, BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 3 } });
    await createKeyTable(f.ddb, 'tfree', { hashOnly: true });
  });
  after(async () => {
    delete process.env.KUMO_DYNAMODB_THROTTLE;
    f.ddb.destroy();
    await f.kumo.stop();
  });

  const put = (table: string, pk: string) => ({ Put: { TableName: table, Item: { pk: { S: pk }, v: { S: KB } } } });

  test('a transactional write costs 2 WCU per KB; a spent table cancels with ProvisionedThroughputExceeded on its actions', async () => {
    await advance(1);
    await earlyInSecond();
    // 3 WCU: the first transaction (2 WCU) leaves 1, the second is admitted on it and overdraws (4 of 3).
    await f.ddb.send(new TransactWriteItemsCommand({ TransactItems: [put('tprov', 'a')] }));
    await f.ddb.send(new TransactWriteItemsCommand({ TransactItems: [put('tprov', 'b')] }));
    const error = await failure(f.ddb.send(new TransactWriteItemsCommand({ TransactItems: [put('tfree', 'c'), put('tprov', 'c')] })));
    assert.equal(error.name, 'TransactionCanceledException');
    assert.equal(error.message, 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ProvisionedThroughputExceeded]');
    assert.deepEqual((error.error as unknown as TransactionCanceledException).CancellationReasons, [{ Code: 'None' }, { Code: 'ProvisionedThroughputExceeded', Message: TABLE_MESSAGE }]);
    await advance(1);
    await f.ddb.send(new TransactWriteItemsCommand({ TransactItems: [put('tfree', 'c'), put('tprov', 'c')] }));
  });

  test('a transactional read costs 2 RCU per 4 KB', async () => {
    await advance(1);
    await earlyInSecond();
    const get = () => f.ddb.send(new TransactGetItemsCommand({ TransactItems: [{ Get: { TableName: 'tprov', Key: { pk: { S: 'a' } } } }] }));
    const first = await f.ddb.send(new TransactGetItemsCommand({ TransactItems: [{ Get: { TableName: 'tprov', Key: { pk: { S: 'a' } } } }], ReturnConsumedCapacity: 'TOTAL' }));
    assert.deepEqual(first.ConsumedCapacity, [{ TableName: 'tprov', CapacityUnits: 2 }]);
    await get();
    const error = await failure(get());
    assert.equal(error.name, 'TransactionCanceledException');
    assert.deepEqual((error.error as unknown as TransactionCanceledException).CancellationReasons, [{ Code: 'ProvisionedThroughputExceeded', Message: TABLE_MESSAGE }]);
  });
});
