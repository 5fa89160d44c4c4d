import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeContributorInsightsCommand, UpdateContributorInsightsCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure, startDynamo, type DynamoFixture } from './support.js';

describe('UpdateContributorInsights', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
    await createKeyTable(f.ddb, 'ci-up', {
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
    });
  });
  after(() => f.kumo.stop());

  test('ENABLE answers ENABLING and the next Describe is ENABLED; DISABLE answers DISABLING', async () => {
    const on = await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-up', ContributorInsightsAction: 'ENABLE' }));
    assert.deepEqual([on.TableName, on.IndexName, on.ContributorInsightsStatus], ['ci-up', undefined, 'ENABLING']);
    assert.equal((await f.ddb.send(new DescribeContributorInsightsCommand({ TableName: 'ci-up' }))).ContributorInsightsStatus, 'ENABLED');
    const off = await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-up', ContributorInsightsAction: 'DISABLE' }));
    assert.equal(off.ContributorInsightsStatus, 'DISABLING');
    assert.equal((await f.ddb.send(new DescribeContributorInsightsCommand({ TableName: 'ci-up' }))).ContributorInsightsStatus, 'DISABLED');
  });

  test('a GSI has its own setting; an unknown index or table is ResourceNotFoundException', async () => {
    const on = await f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-up', IndexName: 'byG', ContributorInsightsAction: 'ENABLE' }));
    assert.deepEqual([on.IndexName, on.ContributorInsightsStatus], ['byG', 'ENABLING']);
    assert.equal((await f.ddb.send(new DescribeContributorInsightsCommand({ TableName: 'ci-up' }))).ContributorInsightsStatus, 'DISABLED');
    const index = await failure(f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-up', IndexName: 'nope', ContributorInsightsAction: 'ENABLE' })));
    assert.deepEqual([index.name, index.message], ['ResourceNotFoundException', 'Requested resource not found: Index: nope not found for table: ci-up']);
    const table = await failure(f.ddb.send(new UpdateContributorInsightsCommand({ TableName: 'ci-none', ContributorInsightsAction: 'ENABLE' })));
    assert.deepEqual([table.name, table.message], ['ResourceNotFoundException', 'Requested resource not found: Table: ci-none not found']);
  });
});
