import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, CreateMultipartUploadCommand, UploadPartCommand, ListPartsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// The whole multipart flow is in create-multipart-upload.test.ts; this file covers list-parts's own rules.
describe('S3 ListParts', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let uploadId: string;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'mpu' }));
    uploadId = (await s3.send(new CreateMultipartUploadCommand({ Bucket: 'mpu', Key: 'k' }))).UploadId!;
  });
  after(() => kumo.stop());

  test('MaxParts pages with NextPartNumberMarker', async () => {
    for (const PartNumber of [1, 2, 3]) await s3.send(new UploadPartCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumber, Body: String(PartNumber) }));
    const first = await s3.send(new ListPartsCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, MaxParts: 2 }));
    assert.deepEqual(first.Parts?.map((p) => p.PartNumber), [1, 2]);
    assert.equal(first.IsTruncated, true);
    assert.equal(first.NextPartNumberMarker, '2');
    const rest = await s3.send(new ListPartsCommand({ Bucket: 'mpu', Key: 'k', UploadId: uploadId, PartNumberMarker: first.NextPartNumberMarker }));
    assert.deepEqual(rest.Parts?.map((p) => p.PartNumber), [3]);
    assert.equal(rest.IsTruncated, false);
    assert.equal(rest.StorageClass, 'STANDARD');
  });
});
