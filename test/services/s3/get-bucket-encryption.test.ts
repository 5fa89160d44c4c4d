import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketEncryptionCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetBucketEncryption', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'enc-get' }));
  });
  after(() => kumo.stop());

  test('a new bucket has SSE-S3 default encryption, as every bucket has since 2023', async () => {
    const out = await s3.send(new GetBucketEncryptionCommand({ Bucket: 'enc-get' }));
    assert.deepEqual(out.ServerSideEncryptionConfiguration?.Rules, [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }]);
    await assert.rejects(s3.send(new GetBucketEncryptionCommand({ Bucket: 'enc-missing' })), (e: Error) => e.name === 'NoSuchBucket');
  });
});
