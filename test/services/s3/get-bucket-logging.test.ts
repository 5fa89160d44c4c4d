import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketLoggingCommand, PutBucketLoggingCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetBucketLogging', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['glog-src', 'glog-target']) await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => kumo.stop());

  test('no LoggingEnabled while logging is off', async () => {
    const out = await s3.send(new GetBucketLoggingCommand({ Bucket: 'glog-src' }));
    assert.equal(out.$metadata.httpStatusCode, 200);
    assert.equal(out.LoggingEnabled, undefined);
  });

  test('returns the target, prefix and key format as put', async () => {
    await s3.send(new PutBucketLoggingCommand({
      Bucket: 'glog-src',
      BucketLoggingStatus: { LoggingEnabled: { TargetBucket: 'glog-target', TargetPrefix: 'p/', TargetObjectKeyFormat: { PartitionedPrefix: { PartitionDateSource: 'DeliveryTime' } } } },
    }));
    const out = await s3.send(new GetBucketLoggingCommand({ Bucket: 'glog-src' }));
    assert.deepEqual(out.LoggingEnabled, { TargetBucket: 'glog-target', TargetPrefix: 'p/', TargetObjectKeyFormat: { PartitionedPrefix: { PartitionDateSource: 'DeliveryTime' } } });
  });

  test('NoSuchBucket for an unknown bucket', async () => {
    await assert.rejects(s3.send(new GetBucketLoggingCommand({ Bucket: 'glog-none' })), { name: 'NoSuchBucket' });
  });
});
