import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeEndpointsCommand, DescribeLimitsCommand } from '@aws-sdk/client-dynamodb';
import { startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB DescribeLimits and DescribeEndpoints', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
  });
  after(() => f.kumo.stop());

  test("the account's default quotas", async () => {
    const out = await f.ddb.send(new DescribeLimitsCommand({}));
    assert.equal(out.AccountMaxReadCapacityUnits, 80000);
    assert.equal(out.TableMaxWriteCapacityUnits, 40000);
  });

  test('the endpoint clients reached', async () => {
    const out = await f.ddb.send(new DescribeEndpointsCommand({}));
    assert.equal(out.Endpoints![0]!.Address, new URL(f.kumo.url).host);
    assert.equal(out.Endpoints![0]!.CachePeriodInMinutes, 1440);
  });
});
