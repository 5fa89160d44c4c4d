import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetObjectLegalHoldCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetObjectLegalHold', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'hold-get', ObjectLockEnabledForBucket: true }));
  });
  after(() => kumo.stop());

  test('never set is 404; set on PUT it reads back', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'hold-get', Key: 'none', Body: 'x' }));
    await assert.rejects(s3.send(new GetObjectLegalHoldCommand({ Bucket: 'hold-get', Key: 'none' })), (e: Error) => e.name === 'NoSuchObjectLockConfiguration');
    await s3.send(new PutObjectCommand({ Bucket: 'hold-get', Key: 'held', Body: 'x', ObjectLockLegalHoldStatus: 'ON' }));
    assert.deepEqual((await s3.send(new GetObjectLegalHoldCommand({ Bucket: 'hold-get', Key: 'held' }))).LegalHold, { Status: 'ON' });
  });
});
