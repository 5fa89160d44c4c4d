import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateGlobalTableCommand, DescribeGlobalTableSettingsCommand, DescribeTableReplicaAutoScalingCommand, UpdateGlobalTableSettingsCommand, UpdateTableReplicaAutoScalingCommand,
} from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure } from './support.js';
import { replicaTable, startRegions, type Regions } from './legacy-global-support.js';

const ROLE = 'arn:aws:iam::000000000000:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable';

describe('UpdateTableReplicaAutoScaling and DescribeTableReplicaAutoScaling', () => {
  let r: Regions;
  before(async () => {
    r = await startRegions();
    await replicaTable(r.east, 'ras', true);
    await replicaTable(r.west, 'ras', true);
    await r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'ras', ReplicationGroup: [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }] }));
  });
  after(() => r.stop());

  test('each replica starts without auto scaling', async () => {
    const out = (await r.east.send(new DescribeTableReplicaAutoScalingCommand({ TableName: 'ras' }))).TableAutoScalingDescription!;
    assert.deepEqual([out.TableName, out.TableStatus, out.Replicas?.map((x) => [x.RegionName, x.ReplicaStatus])], ['ras', 'ACTIVE', [['us-east-1', 'ACTIVE'], ['us-west-2', 'ACTIVE']]]);
    assert.deepEqual(out.Replicas![0]!.ReplicaProvisionedReadCapacityAutoScalingSettings, { AutoScalingDisabled: true, ScalingPolicies: [] });
  });

  test('write settings reach every replica, read settings the replica named, as DescribeGlobalTableSettings shows them', async () => {
    const out = (await r.east.send(new UpdateTableReplicaAutoScalingCommand({
      TableName: 'ras',
      ProvisionedWriteCapacityAutoScalingUpdate: { MinimumUnits: 5, MaximumUnits: 40, ScalingPolicyUpdate: { TargetTrackingScalingPolicyConfiguration: { TargetValue: 60 } } },
      ReplicaUpdates: [{ RegionName: 'us-west-2', ReplicaProvisionedReadCapacityAutoScalingUpdate: { MinimumUnits: 2, MaximumUnits: 20, ScalingPolicyUpdate: { TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } } } }],
    }))).TableAutoScalingDescription!;
    const west = out.Replicas!.find((x) => x.RegionName === 'us-west-2')!;
    assert.deepEqual(west.ReplicaProvisionedReadCapacityAutoScalingSettings, {
      MinimumUnits: 2, MaximumUnits: 20, AutoScalingDisabled: false, AutoScalingRoleArn: ROLE,
      ScalingPolicies: [{ PolicyName: 'DynamoDBReadCapacityUtilization:table/ras', TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 } }],
    });
    for (const replica of out.Replicas!) assert.deepEqual([replica.ReplicaProvisionedWriteCapacityAutoScalingSettings?.MinimumUnits, replica.ReplicaProvisionedWriteCapacityAutoScalingSettings?.MaximumUnits], [5, 40]);
    assert.equal(out.Replicas!.find((x) => x.RegionName === 'us-east-1')!.ReplicaProvisionedReadCapacityAutoScalingSettings?.AutoScalingDisabled, true);

    const settings = (await r.west.send(new DescribeGlobalTableSettingsCommand({ GlobalTableName: 'ras' }))).ReplicaSettings!;
    const described = (await r.west.send(new DescribeTableReplicaAutoScalingCommand({ TableName: 'ras' }))).TableAutoScalingDescription!.Replicas!;
    for (const replica of described) {
      const legacy = settings.find((s) => s.RegionName === replica.RegionName)!;
      assert.deepEqual(replica.ReplicaProvisionedReadCapacityAutoScalingSettings, legacy.ReplicaProvisionedReadCapacityAutoScalingSettings);
      assert.deepEqual(replica.ReplicaProvisionedWriteCapacityAutoScalingSettings, legacy.ReplicaProvisionedWriteCapacityAutoScalingSettings);
    }
  });

  test('what UpdateGlobalTableSettings records is what DescribeTableReplicaAutoScaling returns', async () => {
    await r.east.send(new UpdateGlobalTableSettingsCommand({
      GlobalTableName: 'ras',
      ReplicaSettingsUpdate: [{ RegionName: 'us-east-1', ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate: { AutoScalingDisabled: true } }, { RegionName: 'us-west-2', ReplicaProvisionedReadCapacityAutoScalingSettingsUpdate: { MaximumUnits: 30 } }],
    }));
    const described = (await r.east.send(new DescribeTableReplicaAutoScalingCommand({ TableName: 'ras' }))).TableAutoScalingDescription!.Replicas!;
    assert.equal(described.find((x) => x.RegionName === 'us-west-2')!.ReplicaProvisionedReadCapacityAutoScalingSettings?.MaximumUnits, 30);
    assert.equal(described.find((x) => x.RegionName === 'us-east-1')!.ReplicaProvisionedReadCapacityAutoScalingSettings?.AutoScalingDisabled, true);
  });

  test('refusals: a missing table, an on-demand table, a region without a replica', async () => {
    const missing = await failure(r.east.send(new DescribeTableReplicaAutoScalingCommand({ TableName: 'nope' })));
    assert.deepEqual([missing.name, missing.status], ['ResourceNotFoundException', 400]);
    await createKeyTable(r.east, 'ondemand', { hashOnly: true });
    const ondemand = await failure(r.east.send(new UpdateTableReplicaAutoScalingCommand({ TableName: 'ondemand', ProvisionedWriteCapacityAutoScalingUpdate: { MaximumUnits: 10 } })));
    assert.equal(ondemand.name, 'ValidationException');
    const region = await failure(r.east.send(new UpdateTableReplicaAutoScalingCommand({ TableName: 'ras', ReplicaUpdates: [{ RegionName: 'eu-west-1', ReplicaProvisionedReadCapacityAutoScalingUpdate: { MaximumUnits: 10 } }] })));
    assert.equal(region.name, 'ValidationException');
  });
});
