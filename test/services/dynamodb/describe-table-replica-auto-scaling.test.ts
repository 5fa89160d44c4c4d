import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTableReplicaAutoScalingCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, startDynamo, type DynamoFixture } from './support.js';

describe('DescribeTableReplicaAutoScaling', () => {
  let f: DynamoFixture;
  before(async () => {
    f = await startDynamo();
  });
  after(() => f.kumo.stop());

  test('a table without replicas is its own one replica, with its GSIs, no auto scaling recorded', async () => {
    await createKeyTable(f.ddb, 'solo', { hashOnly: true, BillingMode: 'PROVISIONED', ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } });
    await f.ddb.send(new UpdateTableCommand({
      TableName: 'solo', AttributeDefinitions: [{ AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } }],
    }));
    const out = (await f.ddb.send(new DescribeTableReplicaAutoScalingCommand({ TableName: 'arn:aws:dynamodb:us-east-1:000000000000:table/solo' }))).TableAutoScalingDescription!;
    const none = { AutoScalingDisabled: true, ScalingPolicies: [] };
    assert.deepEqual(out.Replicas, [{
      RegionName: 'us-east-1', ReplicaStatus: 'ACTIVE',
      GlobalSecondaryIndexes: [{ IndexName: 'by-g', IndexStatus: 'ACTIVE', ProvisionedReadCapacityAutoScalingSettings: none, ProvisionedWriteCapacityAutoScalingSettings: none }],
      ReplicaProvisionedReadCapacityAutoScalingSettings: none, ReplicaProvisionedWriteCapacityAutoScalingSettings: none,
    }]);
  });
});
