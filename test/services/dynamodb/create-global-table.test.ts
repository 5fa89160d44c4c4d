import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGlobalTableCommand, DescribeTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { createKeyTable, failure } from './support.js';
import { replicaTable, startRegions, type Regions } from './legacy-global-support.js';

describe('CreateGlobalTable (2017.11.29)', () => {
  let r: Regions;
  before(async () => {
    r = await startRegions();
  });
  after(() => r.stop());

  test('joins same-name tables of two regions; writes in either replicate to the other', async () => {
    await replicaTable(r.east, 'legacy');
    await replicaTable(r.west, 'legacy');
    const out = await r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'legacy', ReplicationGroup: [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }] }));
    const d = out.GlobalTableDescription!;
    assert.deepEqual([d.GlobalTableName, d.GlobalTableStatus, d.ReplicationGroup], ['legacy', 'CREATING', [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }]]);
    assert.match(d.GlobalTableArn!, /^arn:aws:dynamodb::\d{12}:global-table\/legacy$/);
    assert.ok(d.CreationDateTime instanceof Date);

    await r.east.send(new PutItemCommand({ TableName: 'legacy', Item: { pk: { S: 'a' }, v: { S: 'from east' } } }));
    assert.deepEqual((await r.west.send(new GetItemCommand({ TableName: 'legacy', Key: { pk: { S: 'a' } } }))).Item, { pk: { S: 'a' }, v: { S: 'from east' } });
    await r.west.send(new PutItemCommand({ TableName: 'legacy', Item: { pk: { S: 'b' }, v: { S: 'from west' } } }));
    assert.equal((await r.east.send(new GetItemCommand({ TableName: 'legacy', Key: { pk: { S: 'b' } } }))).Item?.v?.S, 'from west');
    // Legacy replicas do not show the 2019.11.21 fields.
    const table = (await r.east.send(new DescribeTableCommand({ TableName: 'legacy' }))).Table!;
    assert.deepEqual([table.GlobalTableVersion, table.Replicas], [undefined, undefined]);
  });

  test('refuses a name in use, a missing table, a table without a NEW_AND_OLD_IMAGES stream, and a non-empty table', async () => {
    const group = [{ RegionName: 'us-east-1' }, { RegionName: 'us-west-2' }];
    const again = await failure(r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'legacy', ReplicationGroup: group })));
    assert.deepEqual([again.name, again.message], ['GlobalTableAlreadyExistsException', 'Global table already exists: legacy']);

    await replicaTable(r.east, 'only-east');
    const missing = await failure(r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'only-east', ReplicationGroup: group })));
    assert.equal(missing.name, 'TableNotFoundException');

    await createKeyTable(r.east, 'nostream', { hashOnly: true });
    await createKeyTable(r.west, 'nostream', { hashOnly: true, StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } });
    const stream = await failure(r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'nostream', ReplicationGroup: group })));
    assert.equal(stream.name, 'ValidationException');
    assert.match(stream.message, /Streams enabled with StreamViewType NEW_AND_OLD_IMAGES/);

    await replicaTable(r.east, 'full');
    await replicaTable(r.west, 'full');
    await r.west.send(new PutItemCommand({ TableName: 'full', Item: { pk: { S: 'x' } } }));
    const full = await failure(r.east.send(new CreateGlobalTableCommand({ GlobalTableName: 'full', ReplicationGroup: group })));
    assert.equal(full.name, 'ValidationException');
    assert.match(full.message, /must be empty/);
  });
});
