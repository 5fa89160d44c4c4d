import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketEncryptionCommand, GetBucketEncryptionCommand, PutBucketEncryptionCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteBucketEncryption', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'enc-del' }));
  });
  after(() => kumo.stop());

  test('goes back to SSE-S3 for the bucket and its new objects', async () => {
    await s3.send(new PutBucketEncryptionCommand({ Bucket: 'enc-del', ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] } }));
    const out = await s3.send(new DeleteBucketEncryptionCommand({ Bucket: 'enc-del' }));
    assert.equal(out.$metadata.httpStatusCode, 204);
    const got = await s3.send(new GetBucketEncryptionCommand({ Bucket: 'enc-del' }));
    assert.equal(got.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm, 'AES256');
    assert.equal((await s3.send(new PutObjectCommand({ Bucket: 'enc-del', Key: 'k', Body: 'x' }))).ServerSideEncryption, 'AES256');
  });
});
