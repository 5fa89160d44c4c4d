import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ListContributorInsightsCommand, UpdateContributorInsightsCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('ListContributorInsights', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'ci-a', {
      hashOnly: true,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    });
    await createKeyTable(f.ddb, 'ci-b', { hashOnly: true });
    await createKeyTable(f.ddb, 'ci-c', { hashOnly: true });
    await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-a', IndexName: 'byG', ContributorInsightsAction: 'ENABLE' }));
    await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-b', ContributorInsightsAction: 'ENABLE' }));
    await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-c', ContributorInsightsAction: 'ENABLE' }));
    await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-c', ContributorInsightsAction: 'DISABLE' }));
  });
  after(() => f.kumo.stop());

  test('for one table: the table and each GSI with its status', async () => {
    const out = await f.ddb.send(new ListContributorInsightsCommand({ TableName: 'ci-a' }));
    assert.deepEqual(out.ContributorInsightsSummaries, [
      { TableName: 'ci-a', ContributorInsightsStatus: 'DISABLED' },
      { TableName: 'ci-a', IndexName: 'byG', ContributorInsightsStatus: 'ENABLED' },
    ]);
    assert.equal((await failure(f.ddb.send(new ListContributorInsightsCommand({ TableName: 'ci-none' })))).name, 'ResourceNotFoundException');
  });

  test('for the region: every table or index whose insights were set, paged by MaxResults', async () => {
    const first = await f.ddb.send(new ListContributorInsightsCommand({ MaxResults: 2 }));
    assert.deepEqual(first.ContributorInsightsSummaries, [
      { TableName: 'ci-a', IndexName: 'byG', ContributorInsightsStatus: 'ENABLED' },
      { TableName: 'ci-b', ContributorInsightsStatus: 'ENABLED' },
    ]);
    assert.ok(first.NextToken);
    const second = await f.ddb.send(new ListContributorInsightsCommand({ MaxResults: 2, NextToken: first.NextToken }));
    assert.deepEqual(second.ContributorInsightsSummaries, [{ TableName: 'ci-c', ContributorInsightsStatus: 'DISABLED' }]);
    assert.equal(second.NextToken, undefined);
  });
});
