import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteTableCommand, DescribeContributorInsightsCommand, UpdateContributorInsightsCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, startDynamo, type DynamoFixture } from './support.js';

describe('DescribeContributorInsights', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'ci-ranged', {
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    });
    await createKeyTable(f.ddb, 'ci-hash', { hashOnly: true });
  });
  after(() => f.kumo.stop());

  test('a table never enabled is DISABLED with no rules and no update time', async () => {
    const out = await f.ddb.send(new DescribeContributorInsightsCommand({ TableName: 'ci-hash' }));
    assert.deepEqual([out.TableName, out.ContributorInsightsStatus, out.ContributorInsightsRuleList, out.LastUpdateDateTime], ['ci-hash', 'DISABLED', undefined, undefined]);
  });

  test('lists the rules DynamoDB names: sort-key rules only where there is a sort key', async () => {
    const before = Date.now();
    await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-ranged', ContributorInsightsAction: 'ENABLE' }));
    const ranged = await f.ddb.send(new DescribeContributorInsightsCommand({ TableName: 'ci-ranged' }));
    const stamp = ranged.ContributorInsightsRuleList![0]!.split('-').pop()!;
    assert.deepEqual(ranged.ContributorInsightsRuleList, ['PKC', 'SKC', 'PKT', 'SKT'].map((k) => `DynamoDBContributorInsights-${k}-ci-ranged-${stamp}`));
    assert.ok(Number(stamp) >= before - 1000);
    assert.ok(ranged.LastUpdateDateTime instanceof Date);

    await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-ranged', IndexName: 'byG', ContributorInsightsAction: 'ENABLE' }));
    const index = await f.ddb.send(new DescribeContributorInsightsCommand({ TableName: 'ci-ranged', IndexName: 'byG' }));
    assert.equal(index.IndexName, 'byG');
    assert.deepEqual(index.ContributorInsightsRuleList?.map((r) => r.replace(/-\d+$/, '')), ['DynamoDBContributorInsights-PKC-ci-ranged-byG', 'DynamoDBContributorInsights-PKT-ci-ranged-byG']);

    await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-hash', ContributorInsightsAction: 'ENABLE' }));
    const hash = await f.ddb.send(new DescribeContributorInsightsCommand({ TableName: 'ci-hash' }));
    assert.deepEqual(hash.ContributorInsightsRuleList?.map((r) => r.replace(/-\d+$/, '')), ['DynamoDBContributorInsights-PKC-ci-hash', 'DynamoDBContributorInsights-PKT-ci-hash']);
  });

  test('a re-created table starts without insights', async () => {
    await f.ddb.send(new DeleteTableCommand({ TableName: 'ci-hash' }));
    await createKeyTable(f.ddb, 'ci-hash', { hashOnly: true });
    assert.equal((await f.ddb.send(new DescribeContributorInsightsCommand({ TableName: 'ci-hash' }))).ContributorInsightsStatus, 'DISABLED');
  });
});
