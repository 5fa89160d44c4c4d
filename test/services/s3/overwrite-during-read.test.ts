// A download that has started keeps its bytes when the object is overwritten meanwhile,
// with the data kept on disk as users run Kumo.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startKumo, type EmbeddedKumo } from '../../../src/index.js';

describe('S3 reads racing overwrites (persistent store)', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    kumo = await startKumo({ port: 0, services: ['s3'], dataDir: mkdtempSync(join(tmpdir(), 'kumo-s3-race-')) });
    s3 = new S3Client({ ...kumo.clientConfig, forcePathStyle: true });
    await s3.send(new CreateBucketCommand({ Bucket: 'race' }));
  });
  after(() => kumo.stop());

  for (const [label, size] of [['small', 1000], ['large', 2 * 1024 * 1024]] as const) {
    test(`a ${label} object being downloaded is not cut short by an overwrite`, async () => {
      const first = Buffer.alloc(size, 'a');
      await s3.send(new PutObjectCommand({ Bucket: 'race', Key: label, Body: first }));
      const reading = await s3.send(new GetObjectCommand({ Bucket: 'race', Key: label }));
      await s3.send(new PutObjectCommand({ Bucket: 'race', Key: label, Body: Buffer.alloc(size, 'b') }));
      const bytes = Buffer.from(await reading.Body!.transformToByteArray());
      assert.equal(bytes.length, size);
      assert.ok(bytes.equals(first), 'the download carries the object as it was when it started');
      const after = await s3.send(new GetObjectCommand({ Bucket: 'race', Key: label }));
      assert.equal(Buffer.from(await after.Body!.transformToByteArray())[0], 'b'.charCodeAt(0));
    });
  }
});
