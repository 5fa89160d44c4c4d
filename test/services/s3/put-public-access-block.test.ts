import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetPublicAccessBlockCommand, PutBucketAclCommand, PutPublicAccessBlockCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 PutPublicAccessBlock', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('settings left out are false, and they take effect', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'pab', ObjectOwnership: 'ObjectWriter' }));
    await s3.send(new PutPublicAccessBlockCommand({ Bucket: 'pab', PublicAccessBlockConfiguration: { BlockPublicPolicy: true } }));
    const got = await s3.send(new GetPublicAccessBlockCommand({ Bucket: 'pab' }));
    assert.deepEqual(got.PublicAccessBlockConfiguration, { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: true, RestrictPublicBuckets: false });
    await s3.send(new PutBucketAclCommand({ Bucket: 'pab', ACL: 'public-read' }));
    await s3.send(new PutPublicAccessBlockCommand({ Bucket: 'pab', PublicAccessBlockConfiguration: { BlockPublicAcls: true } }));
    await assert.rejects(s3.send(new PutBucketAclCommand({ Bucket: 'pab', ACL: 'public-read-write' })), { name: 'AccessDenied' });
    await assert.rejects(s3.send(new PutPublicAccessBlockCommand({ Bucket: 'pab-none', PublicAccessBlockConfiguration: {} })), { name: 'NoSuchBucket' });
  });
});
