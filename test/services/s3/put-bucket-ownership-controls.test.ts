import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, DeletePublicAccessBlockCommand, GetBucketOwnershipControlsCommand, PutBucketAclCommand, PutBucketOwnershipControlsCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 PutBucketOwnershipControls', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('switching to ObjectWriter enables ACLs; back to BucketOwnerEnforced needs a private ACL', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'own' }));
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'own' }));
    await s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'own', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
    assert.equal((await s3.send(new GetBucketOwnershipControlsCommand({ Bucket: 'own' }))).OwnershipControls?.Rules?.[0]?.ObjectOwnership, 'ObjectWriter');
    await s3.send(new PutBucketAclCommand({ Bucket: 'own', ACL: 'public-read' }));
    const enforce = new PutBucketOwnershipControlsCommand({ Bucket: 'own', OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } });
    await assert.rejects(s3.send(enforce), { name: 'InvalidBucketAclWithObjectOwnership' });
    await s3.send(new PutBucketAclCommand({ Bucket: 'own', ACL: 'private' }));
    await s3.send(enforce);
    await assert.rejects(s3.send(new PutBucketOwnershipControlsCommand({ Bucket: 'own', OwnershipControls: { Rules: [{ ObjectOwnership: 'Nobody' }] } })), { name: 'MalformedXML' });
  });
});
