import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { migrations } from './migrations/index.js';
import { openDatabase } from './open-database.js';
import { openStore } from './open-store.js';
import { StoreOpenError } from './store-open-error.js';
import { defineTable } from './types.js';

const LATEST = migrations[migrations.length - 1]!.version;

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-open-'));
  dirs.push(dir);
  return dir;
}

const notes = defineTable<string>({ service: 'test', name: 'notes', scope: 'region' });
const scope = { accountId: '000000000000', region: 'us-east-1' };

/** Every file of the directory with a hash of its bytes, to prove a refused open wrote nothing. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) files[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  return files;
}

function refusal(fn: () => unknown): StoreOpenError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof StoreOpenError, `expected StoreOpenError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the open to be refused');
}

describe('openStore', () => {
  test('state persists across reopen, with WAL mode and the meta table', () => {
    const dir = tempDir();
    let store = openStore({ dataDir: dir });
    assert.equal(store.persistent, true);
    assert.equal(store.dataDir, dir);
    store.table(notes, scope).put('a', 'first');
    store.close();
    store = openStore({ dataDir: dir });
    assert.equal(store.table(notes, scope).get('a'), 'first');
    store.close();
    const db = new Database(join(dir, 'kumo.db'), { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('user_version', { simple: true }), migrations[migrations.length - 1]!.version);
    const meta = Object.fromEntries(db.prepare<[], { name: string; value: string }>('SELECT name, value FROM kumo_meta').all().map((r) => [r.name, r.value]));
    assert.equal(meta.format, 'kumo');
    assert.ok(!Number.isNaN(Date.parse(meta.created_at ?? '')));
    db.close();
  });

  test('in memory needs no directory', () => {
    const store = openStore({ inMemory: true });
    assert.equal(store.persistent, false);
    assert.equal(store.dataDir, undefined);
    store.close();
    store.close();
  });

  test('a file that is not SQLite is refused as corrupt and left untouched', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'kumo.db'), 'this is a text file, not a database\n'.repeat(200));
    const before = snapshot(dir);
    const error = refusal(() => openStore({ dataDir: dir }));
    assert.equal(error.reason, 'corrupt');
    assert.match(error.message, /kumo\.db is not a readable SQLite database/);
    assert.deepEqual(snapshot(dir), before);
  });

  test('a SQLite database that is not Kumo\'s is refused as corrupt', () => {
    const dir = tempDir();
    const other = new Database(join(dir, 'kumo.db'));
    other.exec('CREATE TABLE something_else (x)');
    other.close();
    const before = snapshot(dir);
    const error = refusal(() => openStore({ dataDir: dir }));
    assert.equal(error.reason, 'corrupt');
    assert.match(error.message, /not a Kumo data file/);
    assert.deepEqual(snapshot(dir), before);
  });

  test('a database from a newer Kumo is refused and not migrated', () => {
    const dir = tempDir();
    const file = join(dir, 'kumo.db');
    const future = [...migrations, { version: 99, description: 'from the future', up: (db: Database.Database) => db.exec('CREATE TABLE future (x)') }];
    openDatabase({ file, synchronous: 'normal', migrations: future }).close();
    const before = snapshot(dir);
    const error = refusal(() => openStore({ dataDir: dir }));
    assert.equal(error.reason, 'newer-version');
    assert.match(error.message, new RegExp(`newer Kumo \\(data format 99; this Kumo knows up to ${LATEST}\\)`));
    assert.deepEqual(snapshot(dir), before);
  });

  test('migrations run in order from the stored version and keep data', () => {
    const dir = tempDir();
    const file = join(dir, 'kumo.db');
    const store = openStore({ dataDir: dir });
    store.table(notes, scope).put('kept', 'yes');
    store.close();
    const next = [...migrations, { version: LATEST + 1, description: 'add an index', up: (db: Database.Database) => db.exec('CREATE INDEX records_by_value ON records (value)') }];
    const db = openDatabase({ file, synchronous: 'normal', migrations: next });
    assert.equal(db.pragma('user_version', { simple: true }), LATEST + 1);
    assert.equal(db.prepare("SELECT value FROM kumo_meta WHERE name = 'schema_version'").pluck().get(), String(LATEST + 1));
    assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'records_by_value'").pluck().get(), 1);
    db.close();
  });

  test('a failing migration leaves the database at its old version', () => {
    const dir = tempDir();
    const file = join(dir, 'kumo.db');
    openStore({ dataDir: dir }).close();
    const broken = [...migrations, { version: LATEST + 1, description: 'fails halfway', up: (db: Database.Database) => { db.exec('CREATE TABLE half (x)'); throw new Error('migration bug'); } }];
    assert.throws(() => openDatabase({ file, synchronous: 'normal', migrations: broken }), /migration bug/);
    const store = openStore({ dataDir: dir });
    store.close();
    const db = new Database(file, { readonly: true });
    assert.equal(db.pragma('user_version', { simple: true }), LATEST);
    assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get(), 0);
    db.close();
  });

  test('a second Kumo on the same directory is refused as locked', () => {
    const dir = tempDir();
    const first = openStore({ dataDir: dir });
    const error = refusal(() => openStore({ dataDir: dir }));
    assert.equal(error.reason, 'locked');
    assert.match(error.message, /in use by another Kumo process/);
    first.table(notes, scope).put('still', 'works');
    first.close();
    openStore({ dataDir: dir }).close();
  });

  test('a data directory that cannot be created is unwritable', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    const error = refusal(() => openStore({ dataDir: join(dir, 'file', 'data') }));
    assert.equal(error.reason, 'unwritable');
    assert.match(error.message, /Kumo cannot write .*file\/data/);
  });
});
