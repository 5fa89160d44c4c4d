/**
 * Fixture for crash-durability.test.ts: writes rows with blobs as fast as it can and prints
 * `ack <n> <blobId>` after each write is acknowledged, until the test kills it with SIGKILL.
 * A never-ending upload stays half-staged the whole time, as a crash leftover to clean up.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { INLINE_BLOB_LIMIT } from '../inline-blob-backend.js';
import { openStore } from '../open-store.js';
import { defineTable } from '../types.js';
import { payloadOf } from './crash-writer-payload.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: crash-writer.ts <dataDir>');

const objects = defineTable<{ n: number; blobId: string }>({ service: 'test', name: 'objects', scope: 'region' });
const store = openStore({ dataDir });
const table = store.table(objects, { accountId: '000000000000', region: 'us-east-1' });

// Past the inline limit (so it goes to a temp file), then it stalls: never completes.
let pushed = 0;
const endless = new Readable({
  read() {
    if (pushed > INLINE_BLOB_LIMIT) return;
    pushed += 4096;
    this.push(Buffer.alloc(4096, 'half-written'));
  },
  highWaterMark: 4096,
});
void store.blobs.stage(endless);
// The write loop below never yields to the event loop; let the stalled upload reach its file first.
while (readdirSync(join(dataDir, 'blobs', 'tmp')).length === 0) await new Promise((resolve) => setTimeout(resolve, 5));

for (let n = 0; ; n++) {
  const staged = await store.blobs.stage(payloadOf(n));
  store.transaction(() => {
    table.put(`k${String(n).padStart(6, '0')}`, { n, blobId: staged.id });
    staged.commit();
  });
  process.stdout.write(`ack ${n} ${staged.id}\n`);
}
