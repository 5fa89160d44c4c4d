import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGlobalTableCommand, ListGlobalTablesCommand } from '@aws-sdk/client-dynamodb';
import { replicaTable, startRegions, type Regions } from './legacy-global-support.js';

describe('ListGlobalTables', () => {
  let r: Regions;
  before(async () => {
    r = await startRegions();
    for (const name of ['lg-a', 'lg-b']) {
      await replicaTable(r.east, name);
      await replicaTable(r.west, name);
      await r.east.send(new CreateGlobalTableCommand({ GlobalTableName: name, ReplicationGroup: [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }] }));
    }
    await replicaTable(r.east, 'lg-c');
    await r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'lg-c', ReplicationGroup: [{ RegionName: 'us-east-1' }] }));
  });
  after(() => r.stop());

  test('lists by name with Limit and ExclusiveStartGlobalTableName', async () => {
    const first = await r.west.send(new ListGlobalTablesCommand({ Limit: 2 }));
    assert.deepEqual(first.GlobalTables?.map((g) => g.GlobalTableName), ['lg-a', 'lg-b']);
    assert.deepEqual(first.GlobalTables?.[0]?.ReplicationGroup, [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }]);
    assert.equal(first.LastEvaluatedGlobalTableName, 'lg-b');
    const rest = await r.west.send(new ListGlobalTablesCommand({ ExclusiveStartGlobalTableName: 'lg-b' }));
    assert.deepEqual([rest.GlobalTables?.map((g) => g.GlobalTableName), rest.LastEvaluatedGlobalTableName], [['lg-c'], undefined]);
  });

  test('RegionName keeps the global tables with a replica there', async () => {
    const west = await r.east.send(new ListGlobalTablesCommand({ RegionName: 'us-west-2' }));
    assert.deepEqual(west.GlobalTables?.map((g) => g.GlobalTableName), ['lg-a', 'lg-b']);
    assert.deepEqual((await r.east.send(new ListGlobalTablesCommand({ RegionName: 'ap-south-1' }))).GlobalTables, []);
  });
});
