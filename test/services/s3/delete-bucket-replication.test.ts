import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand,
  DeleteBucketReplicationCommand,
  GetBucketReplicationCommand,
  HeadObjectCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, startS3 } from './s3-test-kumo.js';

describe('S3 DeleteBucketReplication', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['drepl-src', 'drepl-dst']) {
      await s3.send(new CreateBucketCommand({ Bucket }));
      await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
    }
  });
  after(() => kumo.stop());

  test('204 even without a configuration; afterwards Get is 404 and new writes stay put', async () => {
    const empty = await s3.send(new DeleteBucketReplicationCommand({ Bucket: 'drepl-src' }));
    assert.equal(empty.$metadata.httpStatusCode, 204);
    await s3.send(new PutBucketReplicationCommand({
      Bucket: 'drepl-src',
      ReplicationConfiguration: { Role: 'arn:aws:iam::000000000000:role/r', Rules: [{ Status: 'Enabled', Prefix: '', Destination: { Bucket: 'arn:aws:s3:::drepl-dst' } }] },
    }));
    const out = await s3.send(new DeleteBucketReplicationCommand({ Bucket: 'drepl-src' }));
    assert.equal(out.$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new GetBucketReplicationCommand({ Bucket: 'drepl-src' })), { name: 'ReplicationConfigurationNotFoundError' });
    await s3.send(new PutObjectCommand({ Bucket: 'drepl-src', Key: 'k', Body: 'v' }));
    await advanceClock(kumo, 5);
    assert.equal((await s3.send(new HeadObjectCommand({ Bucket: 'drepl-src', Key: 'k' }))).ReplicationStatus, undefined);
    await assert.rejects(s3.send(new HeadObjectCommand({ Bucket: 'drepl-dst', Key: 'k' })), { name: 'NotFound' });
  });

  test('NoSuchBucket for an unknown bucket', async () => {
    await assert.rejects(s3.send(new DeleteBucketReplicationCommand({ Bucket: 'drepl-none' })), { name: 'NoSuchBucket' });
  });
});
