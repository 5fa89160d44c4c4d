import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeletePublicAccessBlockCommand, GetBucketAclCommand, PutBucketAclCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';
const AUTHENTICATED = 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers';

describe('S3 PutBucketAcl', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'acl-enforced' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'acl-writer', ObjectOwnership: 'ObjectWriter' }));
  });
  after(() => kumo.stop());

  test('a new bucket (BucketOwnerEnforced) refuses ACLs: AccessControlListNotSupported', async () => {
    await assert.rejects(s3.send(new PutBucketAclCommand({ Bucket: 'acl-enforced', ACL: 'public-read' })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'AccessControlListNotSupported');
      assert.equal(e.message, 'The bucket does not allow ACLs');
      assert.equal(e.$metadata?.httpStatusCode, 400);
      return true;
    });
  });

  test('a public canned ACL is AccessDenied while BlockPublicAcls is on', async () => {
    await assert.rejects(s3.send(new PutBucketAclCommand({ Bucket: 'acl-writer', ACL: 'public-read' })), { name: 'AccessDenied' });
  });

  test('public-read lets anonymous requests list the bucket', async () => {
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'acl-writer' }));
    assert.equal((await fetch(`${kumo.url}/acl-writer?list-type=2`)).status, 403);
    await s3.send(new PutBucketAclCommand({ Bucket: 'acl-writer', ACL: 'public-read' }));
    const acl = await s3.send(new GetBucketAclCommand({ Bucket: 'acl-writer' }));
    assert.deepEqual(acl.Grants?.map((g) => [g.Grantee?.Type, g.Grantee?.URI ?? g.Grantee?.ID, g.Permission]), [
      ['CanonicalUser', acl.Owner?.ID, 'FULL_CONTROL'],
      ['Group', ALL_USERS, 'READ'],
    ]);
    const listed = await fetch(`${kumo.url}/acl-writer?list-type=2`);
    assert.equal(listed.status, 200);
    assert.match(await listed.text(), /<ListBucketResult/);
  });

  test('x-amz-grant-* headers and AccessControlPolicy bodies', async () => {
    await s3.send(new PutBucketAclCommand({ Bucket: 'acl-writer', GrantRead: `uri="${AUTHENTICATED}"`, GrantFullControl: `id="${'a'.repeat(64)}"` }));
    let acl = await s3.send(new GetBucketAclCommand({ Bucket: 'acl-writer' }));
    assert.deepEqual(acl.Grants?.map((g) => [g.Grantee?.URI ?? g.Grantee?.ID, g.Permission]), [['a'.repeat(64), 'FULL_CONTROL'], [AUTHENTICATED, 'READ']]);
    await s3.send(new PutBucketAclCommand({
      Bucket: 'acl-writer',
      AccessControlPolicy: { Owner: acl.Owner, Grants: [{ Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ_ACP' }] },
    }));
    acl = await s3.send(new GetBucketAclCommand({ Bucket: 'acl-writer' }));
    assert.deepEqual(acl.Grants, [{ Grantee: { Type: 'Group', URI: ALL_USERS }, Permission: 'READ_ACP' }]);
  });

  test('canned ACL with grant headers, bad grantees and e-mail grantees are refused', async () => {
    await assert.rejects(s3.send(new PutBucketAclCommand({ Bucket: 'acl-writer', ACL: 'private', GrantRead: `uri="${ALL_USERS}"` })), {
      name: 'InvalidRequest', message: 'Specifying both Canned ACLs and Header Grants is not allowed',
    });
    await assert.rejects(s3.send(new PutBucketAclCommand({ Bucket: 'acl-writer', GrantRead: 'uri="http://example.com/group"' })), { name: 'InvalidArgument', message: 'Invalid group uri' });
    await assert.rejects(s3.send(new PutBucketAclCommand({ Bucket: 'acl-writer', GrantRead: 'emailAddress="a@example.com"' })), { name: 'UnresolvableGrantByEmailAddress' });
  });
});
