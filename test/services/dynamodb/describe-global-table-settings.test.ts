import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGlobalTableCommand, DescribeGlobalTableSettingsCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure } from './support.js';
import { startRegions, type Regions } from './legacy-global-support.js';

describe('DescribeGlobalTableSettings', () => {
  let r: Regions;
  before(async () => {
    r = await startRegions();
  });
  after(() => r.stop());

  test('shows each replica GSI with its own capacity and no auto scaling', async () => {
    const options = {
      hashOnly: true,
      BillingMode: 'PROVISIONED' as const,
      ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 4 },
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' as const },
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' as const }, { AttributeName: 'g', AttributeType: 'S' as const }],
      GlobalSecondaryIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' as const }], Projection: { ProjectionType: 'ALL' as const }, ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 1 } }],
    };
    await createKeyTable(r.east, 'dgts', options);
    await createKeyTable(r.west, 'dgts', options);
    await r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'dgts', ReplicationGroup: [{ RegionName: 'us-west-2' }, { RegionName: 'us-east-1' }] }));
    const out = await r.east.send(new DescribeGlobalTableSettingsCommand({ GlobalTableName: 'dgts' }));
    assert.deepEqual(out.ReplicaSettings?.map((s) => s.RegionName), ['us-west-2', 'us-east-1']);
    assert.deepEqual(out.ReplicaSettings?.[0]?.ReplicaGlobalSecondaryIndexSettings, [
      {
        IndexName: 'byG',
        IndexStatus: 'ACTIVE',
        ProvisionedReadCapacityUnits: 2,
        ProvisionedReadCapacityAutoScalingSettings: { AutoScalingDisabled: true, ScalingPolicies: [] },
        ProvisionedWriteCapacityUnits: 1,
        ProvisionedWriteCapacityAutoScalingSettings: { AutoScalingDisabled: true, ScalingPolicies: [] },
      },
    ]);
  });

  test('a table that is not a legacy global table is not found', async () => {
    await createKeyTable(r.east, 'plain', { hashOnly: true });
    const error = await failure(r.east.send(new DescribeGlobalTableSettingsCommand({ GlobalTableName: 'plain' })));
    assert.deepEqual([error.name, error.message], ['GlobalTableNotFoundException', "Global table with name: 'plain' does not exist."]);
  });
});
