import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import {
  CreateBucketCommand, DeleteObjectCommand, DeleteObjectTaggingCommand, DeletePublicAccessBlockCommand, GetObjectAclCommand, GetObjectCommand,
  GetObjectTaggingCommand, HeadObjectCommand, PutBucketPolicyCommand, PutBucketVersioningCommand, PutObjectAclCommand, PutObjectCommand,
  PutObjectTaggingCommand, S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startEnforcedS3 } from './enforced-kumo.js';

const OWNER = '111111111111';
const OBJECT_ACTIONS = ['GetObject', 'DeleteObject', 'GetObjectAcl', 'PutObjectAcl', 'GetObjectTagging', 'PutObjectTagging', 'DeleteObjectTagging'];
const VERSION_ACTIONS = ['GetObjectVersion', 'DeleteObjectVersion', 'GetObjectVersionAcl', 'PutObjectVersionAcl', 'GetObjectVersionTagging', 'PutObjectVersionTagging', 'DeleteObjectVersionTagging'];

/** Requests naming a versionId are authorized as AWS's ...Version actions (KUMO_ENFORCE_IAM=1). */
describe('S3 version actions under IAM enforcement', () => {
  let kumo: EmbeddedKumo;
  let owner: S3Client;
  let plain: S3Client; // allowed the object actions only
  let versions: S3Client; // allowed the version actions only
  let v1 = '';

  async function userWith(name: string, actions: string[]): Promise<S3Client> {
    const iam = new IAMClient({ endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId: OWNER, secretAccessKey: 'test' } });
    await iam.send(new CreateUserCommand({ UserName: name }));
    await iam.send(new PutUserPolicyCommand({
      UserName: name, PolicyName: 'objects',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions.map((a) => `s3:${a}`), Resource: 'arn:aws:s3:::va-bkt/*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
    return new S3Client({ endpoint: kumo.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
  }

  /** AWS's denial for a user without the action. */
  async function deniedAs(promise: Promise<unknown>, user: string, action: string): Promise<void> {
    await assert.rejects(promise, (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.$metadata.httpStatusCode, 403);
      // HEAD answers carry no body, so only GETs and PUTs show the message.
      if (e.name === 'AccessDenied') {
        assert.equal(e.message, `User: arn:aws:iam::${OWNER}:user/${user} is not authorized to perform: s3:${action} on resource: arn:aws:s3:::va-bkt/doc.txt because no identity-based policy allows the s3:${action} action`);
      }
      return true;
    });
  }

  before(async () => {
    const started = await startEnforcedS3();
    kumo = started.kumo;
    owner = started.root(OWNER);
    await owner.send(new CreateBucketCommand({ Bucket: 'va-bkt' }));
    await owner.send(new PutBucketVersioningCommand({ Bucket: 'va-bkt', VersioningConfiguration: { Status: 'Enabled' } }));
    v1 = (await owner.send(new PutObjectCommand({ Bucket: 'va-bkt', Key: 'doc.txt', Body: 'first' }))).VersionId!;
    await owner.send(new PutObjectCommand({ Bucket: 'va-bkt', Key: 'doc.txt', Body: 'second' }));
    plain = await userWith('plain', OBJECT_ACTIONS);
    versions = await userWith('versions', VERSION_ACTIONS);
  });
  after(() => kumo.stop());

  test('with a versionId the object actions are not enough', async () => {
    const at = { Bucket: 'va-bkt', Key: 'doc.txt' };
    assert.equal(await (await plain.send(new GetObjectCommand(at))).Body!.transformToString(), 'second');
    const version = { ...at, VersionId: v1 };
    await deniedAs(plain.send(new GetObjectCommand(version)), 'plain', 'GetObjectVersion');
    await deniedAs(plain.send(new HeadObjectCommand(version)), 'plain', 'GetObjectVersion');
    await deniedAs(plain.send(new GetObjectAclCommand(version)), 'plain', 'GetObjectVersionAcl');
    await deniedAs(plain.send(new PutObjectAclCommand({ ...version, ACL: 'bucket-owner-full-control' })), 'plain', 'PutObjectVersionAcl');
    await deniedAs(plain.send(new GetObjectTaggingCommand(version)), 'plain', 'GetObjectVersionTagging');
    await deniedAs(plain.send(new PutObjectTaggingCommand({ ...version, Tagging: { TagSet: [{ Key: 'k', Value: 'v' }] } })), 'plain', 'PutObjectVersionTagging');
    await deniedAs(plain.send(new DeleteObjectTaggingCommand(version)), 'plain', 'DeleteObjectVersionTagging');
    await deniedAs(plain.send(new DeleteObjectCommand(version)), 'plain', 'DeleteObjectVersion');
  });

  test('the version actions allow exactly the versioned requests', async () => {
    const version = { Bucket: 'va-bkt', Key: 'doc.txt', VersionId: v1 };
    assert.equal(await (await versions.send(new GetObjectCommand(version))).Body!.transformToString(), 'first');
    assert.equal((await versions.send(new HeadObjectCommand(version))).ContentLength, 5);
    await versions.send(new PutObjectTaggingCommand({ ...version, Tagging: { TagSet: [{ Key: 'k', Value: 'v' }] } }));
    assert.deepEqual((await versions.send(new GetObjectTaggingCommand(version))).TagSet, [{ Key: 'k', Value: 'v' }]);
    await versions.send(new DeleteObjectTaggingCommand(version));
    assert.equal((await versions.send(new GetObjectAclCommand(version))).Grants?.[0]?.Permission, 'FULL_CONTROL');
    await versions.send(new PutObjectAclCommand({ ...version, ACL: 'bucket-owner-full-control' }));
    // Without a versionId they are the object actions, which this user lacks.
    await deniedAs(versions.send(new GetObjectCommand({ Bucket: 'va-bkt', Key: 'doc.txt' })), 'versions', 'GetObject');
    assert.equal((await versions.send(new DeleteObjectCommand(version))).VersionId, v1);
    await assert.rejects(owner.send(new GetObjectCommand(version)), { name: 'NoSuchVersion' });
  });

  test('an anonymous versioned GET needs a public s3:GetObjectVersion', async () => {
    await owner.send(new CreateBucketCommand({ Bucket: 'va-public' }));
    await owner.send(new PutBucketVersioningCommand({ Bucket: 'va-public', VersioningConfiguration: { Status: 'Enabled' } }));
    const id = (await owner.send(new PutObjectCommand({ Bucket: 'va-public', Key: 'page.html', Body: 'hi' }))).VersionId!;
    await owner.send(new DeletePublicAccessBlockCommand({ Bucket: 'va-public' }));
    const publish = (actions: string[]) => owner.send(new PutBucketPolicyCommand({
      Bucket: 'va-public',
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: actions, Resource: 'arn:aws:s3:::va-public/*' }] }),
    }));
    await publish(['s3:GetObject']);
    assert.equal((await fetch(`${kumo.url}/va-public/page.html`)).status, 200);
    const versioned = await fetch(`${kumo.url}/va-public/page.html?versionId=${encodeURIComponent(id)}`);
    assert.equal(versioned.status, 403);
    assert.match(await versioned.text(), /<Code>AccessDenied<\/Code>/);
    await publish(['s3:GetObject', 's3:GetObjectVersion']);
    const allowed = await fetch(`${kumo.url}/va-public/page.html?versionId=${encodeURIComponent(id)}`);
    assert.equal(allowed.status, 200);
    assert.equal(await allowed.text(), 'hi');
  });
});
