import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { after, describe, test } from 'node:test';
import { openStore } from './open-store.js';
import { INLINE_BLOB_LIMIT } from './inline-blob-backend.js';
import type { Store } from './types.js';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-blobs-'));
  dirs.push(dir);
  return dir;
}

const modes: Array<[string, () => Store]> = [
  ['in memory', () => openStore({ inMemory: true })],
  ['on disk', () => openStore({ dataDir: tempDir() })],
];

for (const [mode, open] of modes) {
  describe(`blob store ${mode}`, () => {
    test('stage computes digests while streaming; nothing is visible until commit', async () => {
      const store = open();
      const payload = Buffer.from('hello, kumo blobs');
      const staged = await store.blobs.stage(Readable.from([payload.subarray(0, 5), payload.subarray(5)]));
      assert.equal(staged.size, payload.length);
      assert.deepEqual(staged.md5, createHash('md5').update(payload).digest());
      assert.deepEqual(staged.sha256, createHash('sha256').update(payload).digest());
      assert.equal(store.blobs.size(staged.id), undefined);
      assert.throws(() => store.blobs.open(staged.id), /does not exist/);
      staged.commit();
      assert.equal(store.blobs.size(staged.id), payload.length);
      assert.deepEqual(await store.blobs.read(staged.id), payload);
      assert.equal(await text(store.blobs.open(staged.id, { start: 7, end: 10 })), 'kumo');
      assert.equal(await text(store.blobs.open(staged.id, { start: 12, end: 999 })), 'blobs', 'end clamps like HTTP');
      assert.throws(() => store.blobs.open(staged.id, { start: 99, end: 100 }), RangeError);
      store.blobs.remove(staged.id);
      assert.equal(store.blobs.size(staged.id), undefined);
      store.close();
    });

    test('a blob committed in a rolled-back transaction is not kept; discard drops it', async () => {
      const store = open();
      const staged = await store.blobs.stage(Buffer.from('x'));
      assert.throws(() =>
        store.transaction(() => {
          staged.commit();
          throw new Error('metadata write failed');
        }),
      );
      assert.equal(store.blobs.size(staged.id), undefined);
      staged.discard();
      assert.throws(() => staged.commit(), /discarded/);
      store.close();
    });

    test('remove inside a rolled-back transaction keeps the blob readable', async () => {
      const store = open();
      const staged = await store.blobs.stage(Buffer.from('keep me'));
      staged.commit();
      assert.throws(() =>
        store.transaction(() => {
          store.blobs.remove(staged.id);
          throw new Error('no');
        }),
      );
      assert.equal((await store.blobs.read(staged.id)).toString(), 'keep me');
      store.close();
    });

    test('empty payloads work', async () => {
      const store = open();
      const staged = await store.blobs.stage(Buffer.alloc(0));
      staged.commit();
      assert.equal(store.blobs.size(staged.id), 0);
      assert.equal(await text(store.blobs.open(staged.id)), '');
      store.close();
    });
  });
}

describe('blob files on disk', () => {
  test('commit moves the file from blobs/tmp into blobs/<2 chars>/<id>', async () => {
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    const staged = await store.blobs.stage(Buffer.alloc(INLINE_BLOB_LIMIT + 1, 'x'));
    assert.deepEqual(readdirSync(join(dir, 'blobs', 'tmp')), [staged.id]);
    staged.commit();
    assert.deepEqual(readdirSync(join(dir, 'blobs', 'tmp')), []);
    assert.ok(existsSync(join(dir, 'blobs', staged.id.slice(0, 2), staged.id)));
    store.close();
  });

  test('a small blob lives in the database, not in a file, and reads back whole or in part', async () => {
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    const staged = await store.blobs.stage(Readable.from([Buffer.from('hello '), Buffer.from('world')]));
    assert.deepEqual(readdirSync(join(dir, 'blobs', 'tmp')), []);
    store.transaction(() => staged.commit());
    assert.deepEqual(readdirSync(join(dir, 'blobs')).filter((d) => d !== 'tmp'), []);
    assert.equal((await store.blobs.read(staged.id)).toString(), 'hello world');
    const parts: Buffer[] = [];
    for await (const part of store.blobs.open(staged.id, { start: 6, end: 10 })) parts.push(part as Buffer);
    assert.equal(Buffer.concat(parts).toString(), 'world');
    store.close();
    const reopened = openStore({ dataDir: dir });
    assert.equal((await reopened.blobs.read(staged.id)).toString(), 'hello world');
    reopened.blobs.remove(staged.id);
    assert.equal(reopened.blobs.size(staged.id), undefined);
    reopened.close();
  });

  test('a streamed payload past the inline limit goes to a file whole', async () => {
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    const chunks = Array.from({ length: 5 }, (_, i) => Buffer.alloc(INLINE_BLOB_LIMIT / 2, String(i)));
    const staged = await store.blobs.stage(Readable.from(chunks));
    staged.commit();
    assert.ok(existsSync(join(dir, 'blobs', staged.id.slice(0, 2), staged.id)));
    assert.ok((await store.blobs.read(staged.id)).equals(Buffer.concat(chunks)));
    store.close();
  });

  test('a failed stream leaves no temporary file', async () => {
    const dir = tempDir();
    const store = openStore({ dataDir: dir });
    const failing = new Readable({
      read() {
        this.push(Buffer.from('partial'));
        this.destroy(new Error('client went away'));
      },
    });
    await assert.rejects(store.blobs.stage(failing), /client went away/);
    assert.deepEqual(readdirSync(join(dir, 'blobs', 'tmp')), []);
    store.close();
  });

  test('open deletes temporary files and blob files without a row', async () => {
    const dir = tempDir();
    let store = openStore({ dataDir: dir });
    const kept = await store.blobs.stage(Buffer.from('kept'));
    kept.commit();
    await store.blobs.stage(Buffer.from('never committed'));
    store.close();
    const orphan = 'ab' + '0'.repeat(30);
    mkdirSync(join(dir, 'blobs', 'ab'), { recursive: true });
    writeFileSync(join(dir, 'blobs', 'ab', orphan), 'renamed, but its transaction never committed');
    store = openStore({ dataDir: dir });
    assert.deepEqual(readdirSync(join(dir, 'blobs', 'tmp')), []);
    assert.equal(existsSync(join(dir, 'blobs', 'ab', orphan)), false);
    assert.equal((await store.blobs.read(kept.id)).toString(), 'kept');
    store.close();
  });
});

test('removing a small blob goes, or stays, with the transaction that removed it', async () => {
  const dir = tempDir();
  const store = openStore({ dataDir: dir });
  const staged = await store.blobs.stage(Buffer.from('small'));
  store.transaction(() => staged.commit());
  assert.throws(() =>
    store.transaction(() => {
      store.blobs.remove(staged.id);
      throw new Error('the row that replaced it failed');
    }),
  );
  assert.equal((await store.blobs.read(staged.id)).toString(), 'small', 'rolled back with its row');
  store.transaction(() => store.blobs.remove(staged.id));
  assert.equal(store.blobs.size(staged.id), undefined);
  store.close();
  const reopened = openStore({ dataDir: dir });
  assert.equal(reopened.blobs.size(staged.id), undefined);
  reopened.close();
});
