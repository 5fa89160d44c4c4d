import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketAclCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

// Grants set by PutBucketAcl are read back in put-bucket-acl.test.ts.
describe('S3 GetBucketAcl', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('a new bucket: its owner has FULL_CONTROL, nobody else anything', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'acl-read' }));
    const acl = await s3.send(new GetBucketAclCommand({ Bucket: 'acl-read' }));
    assert.match(acl.Owner?.ID ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual(acl.Grants, [{ Grantee: { Type: 'CanonicalUser', ID: acl.Owner!.ID, DisplayName: acl.Owner!.DisplayName }, Permission: 'FULL_CONTROL' }]);
    await assert.rejects(s3.send(new GetBucketAclCommand({ Bucket: 'acl-none' })), { name: 'NoSuchBucket' });
  });
});
