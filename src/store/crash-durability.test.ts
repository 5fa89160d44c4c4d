import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { openStore } from './open-store.js';
import { payloadOf } from './testing/crash-writer-payload.js';
import { defineTable } from './types.js';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const objects = defineTable<{ n: number; blobId: string }>({ service: 'test', name: 'objects', scope: 'region' });
const ACKS_BEFORE_KILL = 40;

test('every acknowledged write survives kill -9, and no half-written blob is visible', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kumo-crash-'));
  dirs.push(dir);
  const fixture = fileURLToPath(new URL('./testing/crash-writer.ts', import.meta.url));
  const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));

  const acked = new Map<number, string>();
  for await (const line of createInterface({ input: child.stdout })) {
    const [word, n, blobId] = line.split(' ');
    if (word !== 'ack' || n === undefined || blobId === undefined) continue;
    acked.set(Number(n), blobId);
    if (acked.size === ACKS_BEFORE_KILL) {
      child.kill('SIGKILL');
      break;
    }
  }
  assert.equal(await exited, 'SIGKILL', `the writer should have been killed, not exited: ${stderr}`);
  assert.equal(acked.size, ACKS_BEFORE_KILL, `the writer stopped early: ${stderr}`);
  assert.ok(readdirSync(join(dir, 'blobs', 'tmp')).length > 0, 'the killed writer left a temporary blob behind');
  assert.ok(existsSync(join(dir, 'kumo.db-wal')), 'the rows were in the WAL, not yet checkpointed');

  const store = openStore({ dataDir: dir });
  try {
    const table = store.table(objects, { accountId: '000000000000', region: 'us-east-1' });
    for (const [n, blobId] of acked) {
      const row = table.get(`k${String(n).padStart(6, '0')}`);
      assert.deepEqual(row, { n, blobId }, `acknowledged row ${n} is missing`);
      assert.deepEqual(await store.blobs.read(blobId), payloadOf(n), `acknowledged blob ${n} is wrong`);
    }
    // Every blob file left on disk belongs to a committed row; nothing half-written remains.
    assert.deepEqual(readdirSync(join(dir, 'blobs', 'tmp')), []);
    const rows = table.list();
    const referenced = new Set(rows.map((row) => row.value.blobId));
    for (const shard of readdirSync(join(dir, 'blobs')).filter((name) => name !== 'tmp')) {
      for (const id of readdirSync(join(dir, 'blobs', shard))) {
        assert.ok(referenced.has(id), `blob file ${id} has no row`);
      }
    }
    for (const row of rows) assert.deepEqual(await store.blobs.read(row.value.blobId), payloadOf(row.value.n));
  } finally {
    store.close();
  }
});
