import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGlobalTableCommand, DescribeGlobalTableCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { failure } from './support.js';
import { replicaTable, startRegions, type Regions } from './legacy-global-support.js';

describe('DescribeGlobalTable', () => {
  let r: Regions;
  before(async () => {
    r = await startRegions();
  });
  after(() => r.stop());

  test('describes a legacy global table as ACTIVE from any region', async () => {
    await replicaTable(r.east, 'dgt');
    await replicaTable(r.west, 'dgt');
    await r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'dgt', ReplicationGroup: [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }] }));
    const d = (await r.west.send(new DescribeGlobalTableCommand({ GlobalTableName: 'dgt' }))).GlobalTableDescription!;
    assert.deepEqual([d.GlobalTableName, d.GlobalTableStatus, d.ReplicationGroup?.length], ['dgt', 'ACTIVE', 2]);
  });

  test('a plain table or a 2019.11.21 global table is GlobalTableNotFoundException', async () => {
    await replicaTable(r.east, 'modern');
    await r.east.send(new UpdateTableCommand({ TableName: 'modern', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' } }] }));
    for (const name of ['modern', 'missing']) {
      const error = await failure(r.east.send(new DescribeGlobalTableCommand({ GlobalTableName: name })));
      assert.deepEqual([error.name, error.status, error.message], ['GlobalTableNotFoundException', 400, `Global table not found: Global table with name: '${name}' does not exist.`]);
    }
  });
});
