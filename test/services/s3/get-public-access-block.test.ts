import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetPublicAccessBlockCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetPublicAccessBlock', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('a new bucket blocks all public access, as AWS does since April 2023', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'pab-new' }));
    const got = await s3.send(new GetPublicAccessBlockCommand({ Bucket: 'pab-new' }));
    assert.deepEqual(got.PublicAccessBlockConfiguration, { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true });
  });
});
