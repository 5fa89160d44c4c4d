/**
 * Fixture for crash-durability.test.ts: writes rows with blobs as fast as it can and prints
 * `ack <n> <blobId>` after each write is acknowledged, until the test kills it with SIGKILL.
 * A never-ending upload stays half-staged the whole time, as a crash leftover to clean up.
 */
import { Readable } from 'node:stream';
import { openStore } from '../open-store.js';
import { defineTable } from '../types.js';
import { payloadOf } from './crash-writer-payload.js';

const dataDir = process.argv[2];
if (dataDir === undefined) throw new Error('usage: crash-writer.ts <dataDir>');

const objects = defineTable<{ n: number; blobId: string }>({ service: 'test', name: 'objects', scope: 'region' });
const store = openStore({ dataDir });
const table = store.table(objects, { accountId: '000000000000', region: 'us-east-1' });

const endless = new Readable({
  read() {
    if (this.readableLength === 0) this.push(Buffer.alloc(4096, 'half-written'));
  },
  highWaterMark: 4096,
});
// Paused after its first chunk: the temp file exists but never completes.
let first = true;
endless.on('data', () => {
  if (first) {
    first = false;
    endless.pause();
  }
});
void store.blobs.stage(endless);

for (let n = 0; ; n++) {
  const staged = await store.blobs.stage(payloadOf(n));
  store.transaction(() => {
    table.put(`k${String(n).padStart(6, '0')}`, { n, blobId: staged.id });
    staged.commit();
  });
  process.stdout.write(`ack ${n} ${staged.id}\n`);
}
