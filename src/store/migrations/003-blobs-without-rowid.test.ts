import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../open-database.js';
import { openStore } from '../open-store.js';
import { migrations } from './index.js';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('a version-2 data directory keeps its blobs in the WITHOUT ROWID blobs table', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-migration-3-'));
  dirs.push(dir);
  const file = join(dir, 'kumo.db');
  const atVersion2 = openDatabase({ file, synchronous: 'normal', migrations: migrations.filter((m) => m.version <= 2) });
  atVersion2.prepare('INSERT INTO blobs (id, size, md5, sha256, created_at) VALUES (?, ?, ?, ?, ?)').run('0'.repeat(32), 5, Buffer.alloc(16), Buffer.alloc(32), 1);
  atVersion2.prepare('INSERT INTO blob_bytes (id, bytes) VALUES (?, ?)').run('0'.repeat(32), Buffer.from('hello'));
  atVersion2.close();

  const store = openStore({ dataDir: dir });
  assert.equal((await store.blobs.read('0'.repeat(32))).toString(), 'hello');
  store.close();
  const db = openDatabase({ file, synchronous: 'normal' });
  assert.match(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'blobs'").pluck().get() as string, /WITHOUT ROWID/);
  db.close();
});
