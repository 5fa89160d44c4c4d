import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetObjectRetentionCommand, PutObjectCommand, PutObjectRetentionCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetObjectRetention', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'ret', ObjectLockEnabledForBucket: true }));
    await s3.send(new CreateBucketCommand({ Bucket: 'no-lock' }));
  });
  after(() => kumo.stop());

  test('none yet is 404 NoSuchObjectLockConfiguration; then the mode and date; no lock on the bucket is InvalidRequest', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'ret', Key: 'k', Body: 'x' }));
    await assert.rejects(s3.send(new GetObjectRetentionCommand({ Bucket: 'ret', Key: 'k' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'NoSuchObjectLockConfiguration');
      assert.equal(e.message, 'The specified object does not have a ObjectLock configuration');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
    const until = new Date('2099-01-01T00:00:00Z');
    await s3.send(new PutObjectRetentionCommand({ Bucket: 'ret', Key: 'k', Retention: { Mode: 'GOVERNANCE', RetainUntilDate: until } }));
    assert.deepEqual((await s3.send(new GetObjectRetentionCommand({ Bucket: 'ret', Key: 'k' }))).Retention, { Mode: 'GOVERNANCE', RetainUntilDate: until });
    await s3.send(new PutObjectCommand({ Bucket: 'no-lock', Key: 'k', Body: 'x' }));
    await assert.rejects(s3.send(new GetObjectRetentionCommand({ Bucket: 'no-lock', Key: 'k' })), (e: Error) => e.name === 'InvalidRequest' && e.message === 'Bucket is missing Object Lock Configuration');
  });
});
