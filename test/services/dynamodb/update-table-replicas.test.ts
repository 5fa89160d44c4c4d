import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeTableCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure } from './support.js';
import { startRegions, type Regions } from './legacy-global-support.js';

/** UpdateTable ReplicaUpdates `Update` (global tables 2019.11.21): per-replica overrides. */
describe('UpdateTable ReplicaUpdates Update', () => {
  let r: Regions;
  before(async () => {
    r = await startRegions();
    await createKeyTable(r.east, 'ovr', {
      hashOnly: true,
      BillingMode: 'PROVISIONED',
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 },
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
      GlobalSecondaryIndexes: [{ IndexName: 'byG', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } }],
    });
    await r.east.send(new UpdateTableCommand({ TableName: 'ovr', ReplicaUpdates: [{ Create: { RegionName: 'us-west-2' } }] }));
  });
  after(() => r.stop());

  test('sets the replica read capacity, GSI read capacity and table class, shown in Replicas', async () => {
    await r.east.send(
      new UpdateTableCommand({
        TableName: 'ovr',
        ReplicaUpdates: [{ Update: { RegionName: 'us-west-2', ProvisionedThroughputOverride: { ReadCapacityUnits: 20 }, GlobalSecondaryIndexes: [{ IndexName: 'byG', ProvisionedThroughputOverride: { ReadCapacityUnits: 7 } }], TableClassOverride: 'STANDARD_INFREQUENT_ACCESS' } }],
      }),
    );
    const west = (await r.west.send(new DescribeTableCommand({ TableName: 'ovr' }))).Table!;
    assert.deepEqual([west.ProvisionedThroughput?.ReadCapacityUnits, west.ProvisionedThroughput?.WriteCapacityUnits, west.GlobalSecondaryIndexes?.[0]?.ProvisionedThroughput?.ReadCapacityUnits], [20, 5, 7]);
    assert.equal(west.TableClassSummary?.TableClass, 'STANDARD_INFREQUENT_ACCESS');
    const replicas = (await r.east.send(new DescribeTableCommand({ TableName: 'ovr' }))).Table!.Replicas!;
    assert.deepEqual(replicas.find((x) => x.RegionName === 'us-west-2'), {
      RegionName: 'us-west-2',
      ReplicaStatus: 'ACTIVE',
      ProvisionedThroughputOverride: { ReadCapacityUnits: 20 },
      GlobalSecondaryIndexes: [{ IndexName: 'byG', ProvisionedThroughputOverride: { ReadCapacityUnits: 7 } }],
      ReplicaTableClassSummary: { TableClass: 'STANDARD_INFREQUENT_ACCESS' },
    });
    assert.deepEqual(replicas.find((x) => x.RegionName === 'us-east-1'), { RegionName: 'us-east-1', ReplicaStatus: 'ACTIVE' });
  });

  test('the local region and regions outside the group are refused', async () => {
    const local = await failure(r.east.send(new UpdateTableCommand({ TableName: 'ovr', ReplicaUpdates: [{ Update: { RegionName: 'us-east-1', TableClassOverride: 'STANDARD' } }] })));
    assert.deepEqual([local.name, local.message], ['ValidationException', 'Cannot add, delete, or update the local region through ReplicaUpdates. Use CreateTable, DeleteTable, or UpdateTable as required.']);
    const outside = await failure(r.east.send(new UpdateTableCommand({ TableName: 'ovr', ReplicaUpdates: [{ Update: { RegionName: 'eu-west-1', TableClassOverride: 'STANDARD' } }] })));
    assert.equal(outside.name, 'ValidationException');
    assert.match(outside.message, /Replica with region eu-west-1 not found/);
  });
});
