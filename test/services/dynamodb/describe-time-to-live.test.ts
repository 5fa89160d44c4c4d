import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTimeToLiveCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB DescribeTimeToLive', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'ttl', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  test('DISABLED until enabled, then ENABLED with the attribute', async () => {
    const describeTtl = async () => (await f.ddb.send(new DescribeTimeToLiveCommand({ TableName: 'ttl' }))).TimeToLiveDescription;
    assert.deepEqual(await describeTtl(), { TimeToLiveStatus: 'DISABLED' });
    await f.ddb.send(new UpdateTimeToLiveCommand({ TableName: 'ttl', TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } }));
    assert.deepEqual(await describeTtl(), { TimeToLiveStatus: 'ENABLED', AttributeName: 'exp' });
    const missing = await failure(f.ddb.send(new DescribeTimeToLiveCommand({ TableName: 'absent' })));
    assert.equal(missing.message, 'Requested resource not found: Table: absent not found');
  });
});
