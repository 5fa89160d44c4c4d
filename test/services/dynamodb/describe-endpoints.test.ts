import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeEndpointsCommand } from '@aws-sdk/client-dynamodb';
import { startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB DescribeEndpoints', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
  });
  after(() => f.kumo.stop());

  test('the address clients reached Kumo on, cached a day', async () => {
    const out = await f.ddb.send(new DescribeEndpointsCommand({}));
    assert.deepEqual(out.Endpoints, [{ Address: new URL(f.kumo.url).host, CachePeriodInMinutes: 1440 }]);
  });
});
