import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, DeletePublicAccessBlockCommand, GetBucketAclCommand, GetObjectAclCommand, GetObjectCommand,
  ListBucketsCommand, ListObjectsV2Command, PutBucketAclCommand, PutBucketOwnershipControlsCommand, PutObjectAclCommand,
  PutObjectCommand, PutPublicAccessBlockCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startEnforcedS3, type IssuedUser } from './enforced-kumo.js';

const OWNER = '111111111111';
const OTHER = '222222222222';
const THIRD = '333333333333';

/** ACL grants under KUMO_ENFORCE_IAM=1: to another account's canonical id, and to AuthenticatedUsers. */
describe('S3 ACL grants under IAM enforcement', () => {
  let kumo: EmbeddedKumo;
  let owner: S3Client;
  let carol: IssuedUser; // OTHER, with an identity policy allowing s3:*
  let dave: IssuedUser; // OTHER, without identity policies
  let erin: IssuedUser; // THIRD, allowing s3:*
  let otherId: string;
  const denied = { name: 'AccessDenied' };
  const text = async (client: S3Client, key: string, bucket = 'acl-shared') =>
    (await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToString();

  before(async () => {
    const started = await startEnforcedS3();
    kumo = started.kumo;
    owner = started.root(OWNER);
    carol = await started.user(OTHER, 'carol');
    dave = await started.user(OTHER, 'dave', false);
    erin = await started.user(THIRD, 'erin');
    // A user learns an account's canonical id from its own ListBuckets (or GetBucketAcl) Owner.
    otherId = (await started.root(OTHER).send(new ListBucketsCommand({}))).Owner!.ID!;
    await owner.send(new CreateBucketCommand({ Bucket: 'acl-shared', ObjectOwnership: 'ObjectWriter' }));
    await owner.send(new PutObjectCommand({ Bucket: 'acl-shared', Key: 'doc.txt', Body: 'owner data' }));
  });
  after(() => kumo.stop());

  test('object READ to another account lets its permitted users read, nothing more', async () => {
    await assert.rejects(carol.client.send(new GetObjectCommand({ Bucket: 'acl-shared', Key: 'doc.txt' })), denied);
    await owner.send(new PutObjectAclCommand({ Bucket: 'acl-shared', Key: 'doc.txt', GrantRead: `id=${otherId}` }));
    assert.equal(await text(carol.client, 'doc.txt'), 'owner data');
    // Cross-account: the grantee account's own policies must allow it too.
    await assert.rejects(dave.client.send(new GetObjectCommand({ Bucket: 'acl-shared', Key: 'doc.txt' })), denied);
    await assert.rejects(erin.client.send(new GetObjectCommand({ Bucket: 'acl-shared', Key: 'doc.txt' })), denied);
    await assert.rejects(carol.client.send(new GetObjectAclCommand({ Bucket: 'acl-shared', Key: 'doc.txt' })), denied);
    await assert.rejects(carol.client.send(new PutObjectAclCommand({ Bucket: 'acl-shared', Key: 'doc.txt', ACL: 'private' })), denied);
  });

  test('object READ_ACP, WRITE_ACP and FULL_CONTROL', async () => {
    await owner.send(new PutObjectCommand({ Bucket: 'acl-shared', Key: 'acp.txt', Body: 'x' }));
    await owner.send(new PutObjectAclCommand({ Bucket: 'acl-shared', Key: 'acp.txt', GrantReadACP: `id=${otherId}` }));
    const acl = await carol.client.send(new GetObjectAclCommand({ Bucket: 'acl-shared', Key: 'acp.txt' }));
    assert.deepEqual(acl.Grants?.map((g) => [g.Grantee?.ID, g.Permission]), [[otherId, 'READ_ACP']]);
    await assert.rejects(text(carol.client, 'acp.txt'), denied);
    await owner.send(new PutObjectAclCommand({ Bucket: 'acl-shared', Key: 'acp.txt', GrantWriteACP: `id=${otherId}` }));
    await assert.rejects(carol.client.send(new GetObjectAclCommand({ Bucket: 'acl-shared', Key: 'acp.txt' })), denied);
    await carol.client.send(new PutObjectAclCommand({ Bucket: 'acl-shared', Key: 'acp.txt', GrantFullControl: `id=${otherId}` }));
    assert.equal(await text(carol.client, 'acp.txt'), 'x');
    const full = await carol.client.send(new GetObjectAclCommand({ Bucket: 'acl-shared', Key: 'acp.txt' }));
    assert.deepEqual(full.Grants?.map((g) => g.Permission), ['FULL_CONTROL']);
  });

  test('bucket WRITE, READ, READ_ACP and WRITE_ACP to another account', async () => {
    await owner.send(new CreateBucketCommand({ Bucket: 'acl-drop', ObjectOwnership: 'ObjectWriter' }));
    await assert.rejects(carol.client.send(new PutObjectCommand({ Bucket: 'acl-drop', Key: 'in.txt', Body: 'from carol' })), denied);
    await owner.send(new PutBucketAclCommand({ Bucket: 'acl-drop', GrantWrite: `id=${otherId}`, GrantFullControl: `id=${(await owner.send(new ListBucketsCommand({}))).Owner!.ID}` }));
    await carol.client.send(new PutObjectCommand({ Bucket: 'acl-drop', Key: 'in.txt', Body: 'from carol' }));
    // The writer owns what it wrote (ObjectWriter) and reads it back through the object's own ACL.
    assert.equal(await text(carol.client, 'in.txt', 'acl-drop'), 'from carol');
    await assert.rejects(carol.client.send(new ListObjectsV2Command({ Bucket: 'acl-drop' })), denied);
    await assert.rejects(carol.client.send(new GetBucketAclCommand({ Bucket: 'acl-drop' })), denied);

    await owner.send(new PutBucketAclCommand({ Bucket: 'acl-drop', GrantRead: `id=${otherId}`, GrantReadACP: `id=${otherId}` }));
    const listed = await carol.client.send(new ListObjectsV2Command({ Bucket: 'acl-drop' }));
    assert.deepEqual(listed.Contents?.map((c) => c.Key), ['in.txt']);
    const acl = await carol.client.send(new GetBucketAclCommand({ Bucket: 'acl-drop' }));
    assert.deepEqual(acl.Grants?.map((g) => g.Permission), ['READ', 'READ_ACP']);
    await assert.rejects(carol.client.send(new PutObjectCommand({ Bucket: 'acl-drop', Key: 'more.txt', Body: 'no' })), denied);
    await assert.rejects(carol.client.send(new PutBucketAclCommand({ Bucket: 'acl-drop', ACL: 'private' })), denied);

    await owner.send(new PutBucketAclCommand({ Bucket: 'acl-drop', GrantWriteACP: `id=${otherId}` }));
    await carol.client.send(new PutBucketAclCommand({ Bucket: 'acl-drop', GrantFullControl: `id=${otherId}` }));
    await carol.client.send(new PutObjectCommand({ Bucket: 'acl-drop', Key: 'more.txt', Body: 'yes' }));
    assert.equal((await carol.client.send(new ListObjectsV2Command({ Bucket: 'acl-drop' }))).KeyCount, 2);
  });

  test('AuthenticatedUsers lets any signed principal of any account in, not anonymous; IgnorePublicAcls turns it off', async () => {
    await owner.send(new CreateBucketCommand({ Bucket: 'acl-authenticated', ObjectOwnership: 'ObjectWriter' }));
    // authenticated-read is a public ACL: BlockPublicAcls refuses it first.
    await assert.rejects(
      owner.send(new PutObjectCommand({ Bucket: 'acl-authenticated', Key: 'a.txt', Body: 'signed only', ACL: 'authenticated-read' })),
      denied,
    );
    await owner.send(new DeletePublicAccessBlockCommand({ Bucket: 'acl-authenticated' }));
    await owner.send(new PutObjectCommand({ Bucket: 'acl-authenticated', Key: 'a.txt', Body: 'signed only', ACL: 'authenticated-read' }));
    assert.equal(await text(erin.client, 'a.txt', 'acl-authenticated'), 'signed only');
    assert.equal(await text(carol.client, 'a.txt', 'acl-authenticated'), 'signed only');
    const anonymous = await fetch(`${kumo.url}/acl-authenticated/a.txt`);
    assert.equal(anonymous.status, 403);
    assert.match(await anonymous.text(), /<Code>AccessDenied<\/Code>/);

    await owner.send(new PutObjectAclCommand({ Bucket: 'acl-authenticated', Key: 'a.txt', GrantRead: `uri=http://acs.amazonaws.com/groups/global/AuthenticatedUsers, id=${otherId}` }));
    await owner.send(new PutPublicAccessBlockCommand({
      Bucket: 'acl-authenticated',
      PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false },
    }));
    await assert.rejects(text(erin.client, 'a.txt', 'acl-authenticated'), denied);
    // A grant to a named account is not public: it still counts.
    assert.equal(await text(carol.client, 'a.txt', 'acl-authenticated'), 'signed only');
  });

  test('BucketOwnerEnforced: grants are refused, owner-full-control-only ACLs accepted, nothing granted by ACL', async () => {
    await owner.send(new CreateBucketCommand({ Bucket: 'acl-enforced' }));
    const ownerId = (await owner.send(new ListBucketsCommand({}))).Owner!.ID!;
    const notSupported = (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'AccessControlListNotSupported');
      assert.equal(e.message, 'The bucket does not allow ACLs');
      assert.equal(e.$metadata?.httpStatusCode, 400);
      return true;
    };
    await assert.rejects(owner.send(new PutObjectCommand({ Bucket: 'acl-enforced', Key: 'k', Body: 'b', GrantRead: `id=${otherId}` })), notSupported);
    await assert.rejects(owner.send(new PutBucketAclCommand({ Bucket: 'acl-enforced', ACL: 'private' })), notSupported);
    await owner.send(new PutObjectCommand({ Bucket: 'acl-enforced', Key: 'k', Body: 'b', ACL: 'bucket-owner-full-control' }));
    await assert.rejects(owner.send(new PutObjectAclCommand({ Bucket: 'acl-enforced', Key: 'k', GrantRead: `id=${otherId}` })), notSupported);
    await owner.send(new PutBucketAclCommand({
      Bucket: 'acl-enforced',
      AccessControlPolicy: { Owner: { ID: ownerId }, Grants: [{ Grantee: { Type: 'CanonicalUser', ID: ownerId }, Permission: 'FULL_CONTROL' }] },
    }));
    await owner.send(new PutObjectAclCommand({ Bucket: 'acl-enforced', Key: 'k', GrantFullControl: `id=${ownerId}` }));
    // Switching to ObjectWriter later brings no grant back to other accounts.
    await owner.send(new PutBucketOwnershipControlsCommand({ Bucket: 'acl-enforced', OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] } }));
    await assert.rejects(carol.client.send(new GetObjectCommand({ Bucket: 'acl-enforced', Key: 'k' })), denied);
  });
});
