import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openStore } from './open-store.js';
import { defineTable, type StateDocument, type Store } from './types.js';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const objects = defineTable<{ blobId: string; etag: string }>({ service: 's3', name: 'objects', scope: 'global' });
const queues = defineTable<{ name: string }>({ service: 'sqs', name: 'queues', scope: 'region' });
const users = defineTable<{ name: string }>({ service: 'iam', name: 'users', scope: 'account' });
const east = { accountId: '000000000000', region: 'us-east-1' };
const west = { accountId: '000000000000', region: 'us-west-2' };

async function seed(store: Store): Promise<string> {
  const staged = await store.blobs.stage(Buffer.from('object body'));
  store.transaction(() => {
    store.table(objects, east).put('bucket/key', { blobId: staged.id, etag: 'e' });
    staged.commit();
  });
  store.table(queues, east).put('q1', { name: 'q1' });
  store.table(queues, west).put('q2', { name: 'q2' });
  store.table(users, east).put('alice', { name: 'alice' });
  return staged.id;
}

describe('export and import', () => {
  test('a full export imports into another store, rows and blobs alike', async () => {
    const source = openStore({ inMemory: true });
    const blobId = await seed(source);
    const document = await source.exportState();
    assert.equal(document.format, 'kumo-state');
    assert.deepEqual(document.services, ['iam', 's3', 'sqs']);
    assert.deepEqual(Object.keys(document.blobs), [blobId]);
    assert.deepEqual(
      document.tables.map((t) => [t.service, t.name, t.scope, t.rows.length]),
      [['iam', 'users', 'account', 1], ['s3', 'objects', 'global', 1], ['sqs', 'queues', 'region', 2]],
    );
    const dir = mkdtempSync(join(tmpdir(), 'kumo-state-'));
    dirs.push(dir);
    const target = openStore({ dataDir: dir });
    // Survives JSON, as the CLI writes it to a file.
    await target.importState(JSON.parse(JSON.stringify(document)) as StateDocument);
    assert.deepEqual(target.table(queues, west).get('q2'), { name: 'q2' });
    assert.equal(target.table(objects, west).get('bucket/key')?.blobId, blobId);
    assert.equal((await target.blobs.read(blobId)).toString(), 'object body');
    const again = await target.exportState();
    assert.deepEqual({ ...again, exportedAt: '' }, { ...document, exportedAt: '' });
    source.close();
    target.close();
  });

  test('a service export has only its rows and the blobs they mention', async () => {
    const store = openStore({ inMemory: true });
    const blobId = await seed(store);
    const sqs = await store.exportState('sqs');
    assert.deepEqual(sqs.services, ['sqs']);
    assert.deepEqual(sqs.tables.map((t) => t.service), ['sqs']);
    assert.deepEqual(sqs.blobs, {});
    const s3 = await store.exportState('s3');
    assert.deepEqual(Object.keys(s3.blobs), [blobId]);
    store.close();
  });

  test('import replaces the services in the document and leaves the others', async () => {
    const store = openStore({ inMemory: true });
    const oldBlob = await seed(store);
    const other = openStore({ inMemory: true });
    const newBlob = (await other.blobs.stage(Buffer.from('new body'))).id;
    const document: StateDocument = {
      format: 'kumo-state',
      version: 1,
      exportedAt: new Date().toISOString(),
      services: ['s3', 'sqs'],
      tables: [{ service: 's3', name: 'objects', scope: 'global', rows: [{ scope: '', key: 'b/new', value: { blobId: newBlob, etag: 'n' } }] }],
      blobs: { [newBlob]: Buffer.from('new body').toString('base64') },
    };
    await store.importState(document);
    assert.equal(store.table(queues, east).count(), 0, 'sqs is in services, so it is emptied');
    assert.equal(store.table(objects, east).has('bucket/key'), false);
    assert.equal((await store.blobs.read(newBlob)).toString(), 'new body');
    assert.equal(store.blobs.size(oldBlob), undefined, 'the replaced rows\' blob is released');
    assert.deepEqual(store.table(users, east).get('alice'), { name: 'alice' }, 'iam is untouched');
    store.close();
    other.close();
  });

  test('a bad document changes nothing', async () => {
    const store = openStore({ inMemory: true });
    await seed(store);
    const before = await store.exportState();
    const bad = { format: 'kumo-state', version: 1, exportedAt: '', tables: [{ service: 'sqs', name: 'queues', scope: 'region', rows: [{ key: 'no-scope', value: 1 }] }], blobs: {} };
    await assert.rejects(store.importState(bad as unknown as StateDocument), /Not a Kumo state document/);
    await assert.rejects(store.importState({ ...before, version: 99 }), /newer Kumo/);
    await assert.rejects(store.importState({ ...before, blobs: { '../../etc/passwd': 'eA==' } }), /not 32 hex digits/);
    assert.deepEqual({ ...(await store.exportState()), exportedAt: '' }, { ...before, exportedAt: '' });
    store.close();
  });
});

describe('reset', () => {
  test('one service: its rows and the blobs only it mentioned', async () => {
    const store = openStore({ inMemory: true });
    const blobId = await seed(store);
    store.reset('sqs');
    assert.equal(store.table(queues, east).count(), 0);
    assert.equal(store.blobs.size(blobId), 11);
    store.reset('s3');
    assert.equal(store.table(objects, east).count(), 0);
    assert.equal(store.blobs.size(blobId), undefined);
    assert.deepEqual(store.table(users, east).get('alice'), { name: 'alice' });
    store.close();
  });

  test('everything', async () => {
    const store = openStore({ inMemory: true });
    const blobId = await seed(store);
    store.reset();
    assert.deepEqual((await store.exportState()).tables, []);
    assert.equal(store.blobs.size(blobId), undefined);
    store.close();
  });
});
