import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeLimitsCommand } from '@aws-sdk/client-dynamodb';
import { startDynamo, type DynamoFixture } from './support.js';

describe('DynamoDB DescribeLimits', () => {
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

});
