import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, DeletePublicAccessBlockCommand, GetObjectAclCommand, PutBucketVersioningCommand, PutObjectAclCommand, PutObjectCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetObjectAcl', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('each version keeps its own ACL; a missing key is NoSuchKey', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'goacl', ObjectOwnership: 'BucketOwnerPreferred' }));
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'goacl' }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'goacl', VersioningConfiguration: { Status: 'Enabled' } }));
    const v1 = (await s3.send(new PutObjectCommand({ Bucket: 'goacl', Key: 'k', Body: '1' }))).VersionId!;
    await s3.send(new PutObjectCommand({ Bucket: 'goacl', Key: 'k', Body: '2' }));
    await s3.send(new PutObjectAclCommand({ Bucket: 'goacl', Key: 'k', VersionId: v1, ACL: 'authenticated-read' }));
    const first = await s3.send(new GetObjectAclCommand({ Bucket: 'goacl', Key: 'k', VersionId: v1 }));
    assert.equal(first.Grants?.length, 2);
    assert.equal(first.Grants?.[1]?.Grantee?.URI, 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers');
    const current = await s3.send(new GetObjectAclCommand({ Bucket: 'goacl', Key: 'k' }));
    assert.deepEqual(current.Grants?.map((g) => g.Permission), ['FULL_CONTROL']);
    await assert.rejects(s3.send(new GetObjectAclCommand({ Bucket: 'goacl', Key: 'nope' })), { name: 'NoSuchKey' });
  });
});
