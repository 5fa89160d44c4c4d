import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetObjectLockConfigurationCommand, PutBucketVersioningCommand, PutObjectLockConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetObjectLockConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'later-lock' }));
  });
  after(() => kumo.stop());

  test('404 until enabled; a versioned bucket can enable it later; the rule comes back', async () => {
    await assert.rejects(s3.send(new GetObjectLockConfigurationCommand({ Bucket: 'later-lock' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'ObjectLockConfigurationNotFoundError');
      assert.equal(e.message, 'Object Lock configuration does not exist for this bucket');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'later-lock', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(new PutObjectLockConfigurationCommand({ Bucket: 'later-lock', ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled' } }));
    assert.deepEqual((await s3.send(new GetObjectLockConfigurationCommand({ Bucket: 'later-lock' }))).ObjectLockConfiguration, { ObjectLockEnabled: 'Enabled' });
    await s3.send(new PutObjectLockConfigurationCommand({ Bucket: 'later-lock', ObjectLockConfiguration: { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 1 } } } }));
    assert.deepEqual((await s3.send(new GetObjectLockConfigurationCommand({ Bucket: 'later-lock' }))).ObjectLockConfiguration, { ObjectLockEnabled: 'Enabled', Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Years: 1 } } });
  });
});
