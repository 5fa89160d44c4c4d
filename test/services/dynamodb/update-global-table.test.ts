import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGlobalTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand, UpdateGlobalTableCommand } from '@aws-sdk/client-dynamodb';
import { failure } from './support.js';
import { replicaTable, startRegions, type Regions } from './legacy-global-support.js';

describe('UpdateGlobalTable', () => {
  let r: Regions;
  let eu: DynamoDBClient;
  before(async () => {
    r = await startRegions();
    eu = new DynamoDBClient({ ...r.kumo.clientConfig, region: 'eu-west-1', maxAttempts: 1 });
    await replicaTable(r.east, 'ugt');
    await replicaTable(r.west, 'ugt');
    await replicaTable(eu, 'ugt');
    await r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'ugt', ReplicationGroup: [{ RegionName: 'us-east-1' }] }));
  });
  after(async () => {
    eu.destroy();
    await r.stop();
  });

  test('adds replicas while every replica is empty, then writes reach them', async () => {
    const out = await r.east.send(new UpdateGlobalTableCommand({ GlobalTableName: 'ugt', ReplicaUpdates: [{ Create: { RegionName: 'us-west-2' } }, { Create: { RegionName: 'eu-west-1' } }] }));
    assert.deepEqual([out.GlobalTableDescription?.GlobalTableStatus, out.GlobalTableDescription?.ReplicationGroup?.map((g) => g.RegionName)], ['UPDATING', ['us-east-1', 'us-west-2', 'eu-west-1']]);
    await eu.send(new PutItemCommand({ TableName: 'ugt', Item: { pk: { S: 'k' } } }));
    assert.ok((await r.west.send(new GetItemCommand({ TableName: 'ugt', Key: { pk: { S: 'k' } } }))).Item);
    const again = await failure(r.east.send(new UpdateGlobalTableCommand({ GlobalTableName: 'ugt', ReplicaUpdates: [{ Create: { RegionName: 'us-west-2' } }] })));
    assert.equal(again.name, 'ReplicaAlreadyExistsException');
  });

  test('a removed replica keeps its items and stops replicating', async () => {
    await r.east.send(new UpdateGlobalTableCommand({ GlobalTableName: 'ugt', ReplicaUpdates: [{ Delete: { RegionName: 'eu-west-1' } }] }));
    assert.ok((await eu.send(new GetItemCommand({ TableName: 'ugt', Key: { pk: { S: 'k' } } }))).Item);
    await r.east.send(new PutItemCommand({ TableName: 'ugt', Item: { pk: { S: 'after' } } }));
    assert.equal((await eu.send(new GetItemCommand({ TableName: 'ugt', Key: { pk: { S: 'after' } } }))).Item, undefined);
    assert.ok((await r.west.send(new GetItemCommand({ TableName: 'ugt', Key: { pk: { S: 'after' } } }))).Item);
    const gone = await failure(r.east.send(new UpdateGlobalTableCommand({ GlobalTableName: 'ugt', ReplicaUpdates: [{ Delete: { RegionName: 'eu-west-1' } }] })));
    assert.equal(gone.name, 'ReplicaNotFoundException');
    // The table now holds data: no replica can be added any more.
    const full = await failure(r.east.send(new UpdateGlobalTableCommand({ GlobalTableName: 'ugt', ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' } }] })));
    assert.equal(full.name, 'ValidationException');
    const missing = await failure(r.east.send(new UpdateGlobalTableCommand({ GlobalTableName: 'nope', ReplicaUpdates: [{ Delete: { RegionName: 'us-east-1' } }] })));
    assert.equal(missing.name, 'GlobalTableNotFoundException');
  });
});
