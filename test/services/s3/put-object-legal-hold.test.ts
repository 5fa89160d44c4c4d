import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, PutObjectLegalHoldCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 PutObjectLegalHold', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'hold', ObjectLockEnabledForBucket: true }));
  });
  after(() => kumo.stop());

  test('ON blocks deleting the version even with the governance bypass; OFF releases it', async () => {
    const { VersionId } = await s3.send(new PutObjectCommand({ Bucket: 'hold', Key: 'k', Body: 'x' }));
    await s3.send(new PutObjectLegalHoldCommand({ Bucket: 'hold', Key: 'k', VersionId, LegalHold: { Status: 'ON' } }));
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'hold', Key: 'k' }))).ObjectLockLegalHoldStatus, 'ON');
    await assert.rejects(s3.send(new DeleteObjectCommand({ Bucket: 'hold', Key: 'k', VersionId, BypassGovernanceRetention: true })), (e: Error & { $metadata: { httpStatusCode: number } }) => e.name === 'AccessDenied' && e.$metadata.httpStatusCode === 403);
    await s3.send(new PutObjectLegalHoldCommand({ Bucket: 'hold', Key: 'k', VersionId, LegalHold: { Status: 'OFF' } }));
    assert.equal((await s3.send(new DeleteObjectCommand({ Bucket: 'hold', Key: 'k', VersionId }))).VersionId, VersionId);
    await assert.rejects(s3.send(new PutObjectLegalHoldCommand({ Bucket: 'hold', Key: 'k', LegalHold: { Status: 'MAYBE' as 'ON' } })), (e: Error) => e.name === 'MalformedXML');
  });
});
