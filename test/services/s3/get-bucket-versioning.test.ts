import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketVersioningCommand, PutBucketVersioningCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// Versioning behaviour is in put-bucket-versioning.test.ts.
describe('S3 GetBucketVersioning', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('reports MFADelete once set; a missing bucket is NoSuchBucket', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'mfa-bucket' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'mfa-bucket', VersioningConfiguration: { Status: 'Enabled', MFADelete: 'Disabled' } }));
    const out = await s3.send(new GetBucketVersioningCommand({ Bucket: 'mfa-bucket' }));
    assert.equal(out.Status, 'Enabled');
    assert.equal(out.MFADelete, 'Disabled');
    await assert.rejects(s3.send(new GetBucketVersioningCommand({ Bucket: 'no-such-versioning' })), { name: 'NoSuchBucket' });
  });
});
