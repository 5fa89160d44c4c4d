import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGlobalTableCommand, DescribeGlobalTableSettingsCommand, DescribeTableCommand, UpdateGlobalTableSettingsCommand } from '@aws-sdk/client-dynamodb';
import { failure } from './support.js';
import { replicaTable, startRegions, type Regions } from './legacy-global-support.js';

describe('UpdateGlobalTableSettings and DescribeGlobalTableSettings', () => {
  let r: Regions;
  before(async () => {
    r = await startRegions();
    await replicaTable(r.east, 'gts', true);
    await replicaTable(r.west, 'gts', true);
    await r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'gts', ReplicationGroup: [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }] }));
  });
  after(() => r.stop());

  test('describes each replica without auto scaling at first', async () => {
    const out = await r.west.send(new DescribeGlobalTableSettingsCommand({ GlobalTableName: 'gts' }));
    assert.equal(out.GlobalTableName, 'gts');
    const east = out.ReplicaSettings!.find((s) => s.RegionName === 'us-east-1')!;
    assert.deepEqual(
      [east.ReplicaStatus, east.ReplicaBillingModeSummary?.BillingMode, east.ReplicaProvisionedReadCapacityUnits, east.ReplicaProvisionedWriteCapacityUnits, east.ReplicaProvisionedWriteCapacityAutoScalingSettings],
      ['ACTIVE', 'PROVISIONED', 5, 5, { AutoScalingDisabled: true, ScalingPolicies: [] }],
    );
  });

  test('write capacity applies to every replica, read capacity to one; auto scaling is recorded', async () => {
    const out = await r.east.send(
      new UpdateGlobalTableSettingsCommand({
        GlobalTableName: 'gts',
        GlobalTableProvisionedWriteCapacityUnits: 12,
        GlobalTableProvisionedWriteCapacityAutoScalingSettingsUpdate: { MinimumUnits: 10, MaximumUnits: 50, ScalingPolicyUpdate: { TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } } },
        ReplicaSettingsUpdate: [{ RegionName: 'us-west-2', ReplicaProvisionedReadCapacityUnits: 8 }],
      }),
    );
    const byRegion = Object.fromEntries(out.ReplicaSettings!.map((s) => [s.RegionName, s]));
    assert.deepEqual([byRegion['us-east-1']!.ReplicaProvisionedWriteCapacityUnits, byRegion['us-west-2']!.ReplicaProvisionedWriteCapacityUnits], [12, 12]);
    assert.deepEqual([byRegion['us-east-1']!.ReplicaProvisionedReadCapacityUnits, byRegion['us-west-2']!.ReplicaProvisionedReadCapacityUnits], [5, 8]);
    const scaling = byRegion['us-west-2']!.ReplicaProvisionedWriteCapacityAutoScalingSettings!;
    assert.deepEqual([scaling.MinimumUnits, scaling.MaximumUnits, scaling.AutoScalingDisabled], [10, 50, false]);
    assert.deepEqual(scaling.ScalingPolicies, [{ PolicyName: 'DynamoDBWriteCapacityUtilization:table/gts', TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } }]);
    const west = (await r.west.send(new DescribeTableCommand({ TableName: 'gts' }))).Table!;
    assert.deepEqual([west.ProvisionedThroughput?.ReadCapacityUnits, west.ProvisionedThroughput?.WriteCapacityUnits], [8, 12]);
  });

  test('switching every replica to PAY_PER_REQUEST; unknown names and regions are refused', async () => {
    const out = await r.east.send(new UpdateGlobalTableSettingsCommand({ GlobalTableName: 'gts', GlobalTableBillingMode: 'PAY_PER_REQUEST' }));
    assert.deepEqual(out.ReplicaSettings?.map((s) => s.ReplicaBillingModeSummary?.BillingMode), ['PAY_PER_REQUEST', 'PAY_PER_REQUEST']);
    const missing = await failure(r.east.send(new DescribeGlobalTableSettingsCommand({ GlobalTableName: 'nope' })));
    assert.deepEqual([missing.name, missing.message], ['GlobalTableNotFoundException', "Global table with name: 'nope' does not exist."]);
    const region = await failure(r.east.send(new UpdateGlobalTableSettingsCommand({ GlobalTableName: 'gts', ReplicaSettingsUpdate: [{ RegionName: 'eu-west-1', ReplicaTableClass: 'STANDARD' }] })));
    assert.equal(region.name, 'ReplicaNotFoundException');
  });
});
