import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteObjectCommand, DeleteObjectsCommand, PutObjectCommand, PutObjectRetentionCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number } };
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000);

describe('S3 PutObjectRetention', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'worm', ObjectLockEnabledForBucket: true }));
  });
  after(() => kumo.stop());

  test('GOVERNANCE: deleting the version is AccessDenied unless bypassed; a delete marker is always allowed', async () => {
    const { VersionId } = await s3.send(new PutObjectCommand({ Bucket: 'worm', Key: 'gov', Body: 'g' }));
    await s3.send(new PutObjectRetentionCommand({ Bucket: 'worm', Key: 'gov', VersionId, Retention: { Mode: 'GOVERNANCE', RetainUntilDate: inDays(5) } }));
    await assert.rejects(s3.send(new DeleteObjectCommand({ Bucket: 'worm', Key: 'gov', VersionId })), (e: Failure) => {
      assert.equal(e.name, 'AccessDenied');
      assert.equal(e.$metadata.httpStatusCode, 403);
      return true;
    });
    const batch = await s3.send(new DeleteObjectsCommand({ Bucket: 'worm', Delete: { Objects: [{ Key: 'gov', VersionId }] } }));
    assert.deepEqual(batch.Errors, [{ Key: 'gov', VersionId, Code: 'AccessDenied', Message: 'Access Denied' }]);
    const marker = await s3.send(new DeleteObjectCommand({ Bucket: 'worm', Key: 'gov' }));
    assert.equal(marker.DeleteMarker, true);
    // Shortening needs the bypass too.
    await assert.rejects(s3.send(new PutObjectRetentionCommand({ Bucket: 'worm', Key: 'gov', VersionId, Retention: { Mode: 'GOVERNANCE', RetainUntilDate: inDays(1) } })), (e: Failure) => e.name === 'AccessDenied');
    await s3.send(new PutObjectRetentionCommand({ Bucket: 'worm', Key: 'gov', VersionId, Retention: { Mode: 'GOVERNANCE', RetainUntilDate: inDays(1) }, BypassGovernanceRetention: true }));
    const removed = await s3.send(new DeleteObjectCommand({ Bucket: 'worm', Key: 'gov', VersionId, BypassGovernanceRetention: true }));
    assert.equal(removed.VersionId, VersionId);
  });

  test('COMPLIANCE: no bypass, may only be extended; the version can go once the date passes on Kumo\'s clock', async () => {
    const { VersionId } = await s3.send(new PutObjectCommand({ Bucket: 'worm', Key: 'comp', Body: 'c' }));
    await s3.send(new PutObjectRetentionCommand({ Bucket: 'worm', Key: 'comp', VersionId, Retention: { Mode: 'COMPLIANCE', RetainUntilDate: inDays(2) } }));
    await assert.rejects(s3.send(new PutObjectRetentionCommand({ Bucket: 'worm', Key: 'comp', VersionId, Retention: { Mode: 'GOVERNANCE', RetainUntilDate: inDays(3) }, BypassGovernanceRetention: true })), (e: Failure) => e.name === 'AccessDenied');
    await s3.send(new PutObjectRetentionCommand({ Bucket: 'worm', Key: 'comp', VersionId, Retention: { Mode: 'COMPLIANCE', RetainUntilDate: inDays(3) } }));
    await assert.rejects(s3.send(new DeleteObjectCommand({ Bucket: 'worm', Key: 'comp', VersionId, BypassGovernanceRetention: true })), (e: Failure) => e.name === 'AccessDenied');
    await assert.rejects(s3.send(new PutObjectRetentionCommand({ Bucket: 'worm', Key: 'comp', VersionId, Retention: { Mode: 'COMPLIANCE', RetainUntilDate: new Date(Date.now() - 1000) } })), (e: Failure) => e.message === 'The retain until date must be in the future!');
    await advanceClock(kumo, 4 * 86400);
    await s3.send(new DeleteObjectCommand({ Bucket: 'worm', Key: 'comp', VersionId }));
  });
});
