import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketVersioningCommand, HeadObjectCommand, PutBucketVersioningCommand, PutObjectCommand, PutObjectLockConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number } };

describe('S3 PutObjectLockConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'locked', ObjectLockEnabledForBucket: true }));
    await s3.send(new CreateBucketCommand({ Bucket: 'unversioned' }));
  });
  after(() => kumo.stop());

  test('a bucket created with object lock is versioned and cannot be suspended', async () => {
    assert.equal((await s3.send(new GetBucketVersioningCommand({ Bucket: 'locked' }))).Status, 'Enabled');
    await assert.rejects(s3.send(new PutBucketVersioningCommand({ Bucket: 'locked', VersioningConfiguration: { Status: 'Suspended' } })), (e: Failure) => e.name === 'InvalidBucketState' && e.$metadata.httpStatusCode === 409);
  });

  test('default retention applies to new versions; explicit headers win', async () => {
    await s3.send(new PutObjectLockConfigurationCommand({ Bucket: 'locked', ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 2 } } } }));
    await s3.send(new PutObjectCommand({ Bucket: 'locked', Key: 'a', Body: 'a' }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'locked', Key: 'a' }));
    assert.equal(head.ObjectLockMode, 'GOVERNANCE');
    const days = ((head.ObjectLockRetainUntilDate?.getTime() ?? 0) - Date.now()) / 86_400_000;
    assert.ok(days > 1.9 && days <= 2.01, String(days));
    const until = new Date(Date.now() + 10 * 86_400_000);
    await s3.send(new PutObjectCommand({ Bucket: 'locked', Key: 'b', Body: 'b', ObjectLockMode: 'COMPLIANCE', ObjectLockRetainUntilDate: until, ObjectLockLegalHoldStatus: 'ON' }));
    const b = await s3.send(new HeadObjectCommand({ Bucket: 'locked', Key: 'b' }));
    assert.equal(b.ObjectLockMode, 'COMPLIANCE');
    assert.equal(b.ObjectLockRetainUntilDate?.getTime(), until.getTime());
    assert.equal(b.ObjectLockLegalHoldStatus, 'ON');
  });

  test('errors: unversioned bucket, both Days and Years, lock headers on a bucket without lock', async () => {
    await assert.rejects(s3.send(new PutObjectLockConfigurationCommand({ Bucket: 'unversioned', ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } })), (e: Failure) => {
      assert.equal(e.name, 'InvalidBucketState');
      assert.equal(e.message, "Versioning must be 'Enabled' on the bucket to apply a Object Lock configuration");
      return true;
    });
    await assert.rejects(s3.send(new PutObjectLockConfigurationCommand({ Bucket: 'locked', ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'GOVERNANCE', Days: 1, Years: 1 } } } })), (e: Failure) => e.name === 'MalformedXML');
    await assert.rejects(s3.send(new PutObjectCommand({ Bucket: 'unversioned', Key: 'x', Body: 'x', ObjectLockLegalHoldStatus: 'ON' })), (e: Failure) => {
      assert.equal(e.name, 'InvalidRequest');
      assert.equal(e.message, 'Bucket is missing Object Lock Configuration');
      return true;
    });
  });
});
