import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, DeleteBucketOwnershipControlsCommand, GetBucketAclCommand, GetBucketOwnershipControlsCommand, PutBucketAclCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteBucketOwnershipControls', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('afterwards Get is OwnershipControlsNotFoundError and ACLs apply', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'own-del' }));
    await s3.send(new DeleteBucketOwnershipControlsCommand({ Bucket: 'own-del' }));
    await assert.rejects(s3.send(new GetBucketOwnershipControlsCommand({ Bucket: 'own-del' })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'OwnershipControlsNotFoundError');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
    await s3.send(new PutBucketAclCommand({ Bucket: 'own-del', GrantReadACP: `id="${'b'.repeat(64)}"` }));
    assert.equal((await s3.send(new GetBucketAclCommand({ Bucket: 'own-del' }))).Grants?.[0]?.Permission, 'READ_ACP');
  });
});
