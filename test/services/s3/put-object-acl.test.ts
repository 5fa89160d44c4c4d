import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, DeletePublicAccessBlockCommand, GetObjectAclCommand, PutObjectAclCommand, PutObjectCommand, PutPublicAccessBlockCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 PutObjectAcl', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'oacl', ObjectOwnership: 'ObjectWriter' }));
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'oacl' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'oacl-enforced' }));
  });
  after(() => kumo.stop());

  test('public-read on an object lets anonymous GETs read it; IgnorePublicAcls takes it back', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'oacl', Key: 'page.html', Body: '<p>hi</p>' }));
    assert.equal((await fetch(`${kumo.url}/oacl/page.html`)).status, 403);
    await s3.send(new PutObjectAclCommand({ Bucket: 'oacl', Key: 'page.html', ACL: 'public-read' }));
    const got = await fetch(`${kumo.url}/oacl/page.html`);
    assert.equal(got.status, 200);
    assert.equal(await got.text(), '<p>hi</p>');
    const acl = await s3.send(new GetObjectAclCommand({ Bucket: 'oacl', Key: 'page.html' }));
    assert.deepEqual(acl.Grants?.[1], { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' });
    await s3.send(new PutPublicAccessBlockCommand({ Bucket: 'oacl', PublicAccessBlockConfiguration: { IgnorePublicAcls: true } }));
    assert.equal((await fetch(`${kumo.url}/oacl/page.html`)).status, 403);
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'oacl' }));
  });

  test('PutObject takes x-amz-acl; a missing key answers anonymous requests 403 without ListBucket', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'oacl', Key: 'put-public.txt', Body: 'open', ACL: 'public-read' }));
    assert.equal(await (await fetch(`${kumo.url}/oacl/put-public.txt`)).text(), 'open');
    assert.equal((await fetch(`${kumo.url}/oacl/never-written.txt`)).status, 403);
  });

  test('a bucket that enforces ownership refuses object ACLs except bucket-owner-full-control', async () => {
    await assert.rejects(s3.send(new PutObjectCommand({ Bucket: 'oacl-enforced', Key: 'k', Body: 'x', ACL: 'public-read' })), { name: 'AccessControlListNotSupported' });
    await s3.send(new PutObjectCommand({ Bucket: 'oacl-enforced', Key: 'k', Body: 'x', ACL: 'bucket-owner-full-control' }));
    await assert.rejects(s3.send(new PutObjectAclCommand({ Bucket: 'oacl-enforced', Key: 'k', ACL: 'private' })), { name: 'AccessControlListNotSupported' });
    await assert.rejects(s3.send(new PutObjectAclCommand({ Bucket: 'oacl', Key: 'missing', ACL: 'private' })), { name: 'NoSuchKey' });
  });
});
