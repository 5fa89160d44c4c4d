import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketAccelerateConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('GetBucketAccelerateConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'never-accelerated' }));
  });
  after(() => kumo.stop());

  test('a bucket never configured answers 200 without a Status; an unknown bucket is NoSuchBucket', async () => {
    const out = await s3.send(new GetBucketAccelerateConfigurationCommand({ Bucket: 'never-accelerated' }));
    assert.equal(out.$metadata.httpStatusCode, 200);
    assert.equal(out.Status, undefined);
    await assert.rejects(s3.send(new GetBucketAccelerateConfigurationCommand({ Bucket: 'nowhere-accel' })), (e: Error) => e.name === 'NoSuchBucket');
  });
});
