import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketLifecycleCommand, GetBucketLifecycleConfigurationCommand, PutBucketLifecycleConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteBucketLifecycle', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'lc-del' }));
  });
  after(() => kumo.stop());

  test('removes the rules with 204; deleting again is fine; a missing bucket is NoSuchBucket', async () => {
    await s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: 'lc-del', LifecycleConfiguration: { Rules: [{ ID: 'x', Status: 'Enabled', Filter: {}, Expiration: { Days: 3 } }] } }));
    const out = await s3.send(new DeleteBucketLifecycleCommand({ Bucket: 'lc-del' }));
    assert.equal(out.$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: 'lc-del' })), (e: Error) => e.name === 'NoSuchLifecycleConfiguration');
    await s3.send(new DeleteBucketLifecycleCommand({ Bucket: 'lc-del' }));
    await assert.rejects(s3.send(new DeleteBucketLifecycleCommand({ Bucket: 'no-such-bucket-here' })), (e: Error) => e.name === 'NoSuchBucket');
  });
});
