import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, CreateMultipartUploadCommand, ListMultipartUploadsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// The whole multipart flow is in create-multipart-upload.test.ts; this file covers list-multipart-uploads's own rules.
describe('S3 ListMultipartUploads', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let uploadId: string;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'mpu' }));
    uploadId = (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key: 'k' }))).UploadId!;
  });
  after(() => kumo.stop());

  test('Prefix and Delimiter group uploads like keys', async () => {
    for (const Key of ['logs/a', 'logs/b', 'data/c']) await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key }));
    const grouped = await s3.send(new ListMultipartUploadsCommand({ Bucket: 'mpu', Delimiter: '/' }));
    assert.deepEqual(grouped.CommonPrefixes?.map((p) => p.Prefix), ['data/', 'logs/']);
    assert.deepEqual(grouped.Uploads?.map((u) => u.Key), ['k']);
    const logs = await s3.send(new ListMultipartUploadsCommand({ Bucket: 'mpu', Prefix: 'logs/' }));
    assert.deepEqual(logs.Uploads?.map((u) => u.Key), ['logs/a', 'logs/b']);
    const page = await s3.send(new ListMultipartUploadsCommand({ Bucket: 'mpu', MaxUploads: 1 }));
    assert.equal(page.IsTruncated, true);
    assert.equal(page.NextKeyMarker, 'data/c');
  });
});
