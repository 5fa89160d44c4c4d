import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketAccelerateConfigurationCommand, PutBucketAccelerateConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number } };

describe('PutBucketAccelerateConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'fast' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'with.dots' }));
  });
  after(() => kumo.stop());

  test('Enabled and Suspended are stored; other values are MalformedXML', async () => {
    await s3.send(new PutBucketAccelerateConfigurationCommand({ Bucket: 'fast', AccelerateConfiguration: { Status: 'Enabled' } }));
    assert.equal((await s3.send(new GetBucketAccelerateConfigurationCommand({ Bucket: 'fast' }))).Status, 'Enabled');
    await s3.send(new PutBucketAccelerateConfigurationCommand({ Bucket: 'fast', AccelerateConfiguration: { Status: 'Suspended' } }));
    assert.equal((await s3.send(new GetBucketAccelerateConfigurationCommand({ Bucket: 'fast' }))).Status, 'Suspended');
    await assert.rejects(s3.send(new PutBucketAccelerateConfigurationCommand({ Bucket: 'fast', AccelerateConfiguration: { Status: 'On' as 'Enabled' } })), (e: Failure) => e.name === 'MalformedXML');
  });

  test('bucket names with dots are refused', async () => {
    await assert.rejects(s3.send(new PutBucketAccelerateConfigurationCommand({ Bucket: 'with.dots', AccelerateConfiguration: { Status: 'Enabled' } })), (e: Failure) => {
      assert.equal(e.name, 'InvalidRequest');
      assert.equal(e.message, 'S3 Transfer Acceleration is not supported for buckets with periods (.) in their names');
      assert.equal(e.$metadata.httpStatusCode, 400);
      return true;
    });
  });
});
