import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, DeleteObjectCommand, DeletePublicAccessBlockCommand, GetObjectCommand, ListObjectsV2Command,
  PutBucketPolicyCommand, PutObjectCommand, PutObjectTaggingCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startEnforcedS3, type IssuedUser } from './enforced-kumo.js';

const OWNER = '111111111111';
const OTHER = '222222222222';

/** S3's condition keys in bucket policies, under KUMO_ENFORCE_IAM=1 (and for anonymous requests). */
describe('S3 condition keys', () => {
  let kumo: EmbeddedKumo;
  let owner: S3Client;
  let carol: IssuedUser;
  const denied = { name: 'AccessDenied' };
  const policy = (bucket: string, statements: object[]) =>
    owner.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) }));

  before(async () => {
    const started = await startEnforcedS3();
    kumo = started.kumo;
    owner = started.root(OWNER);
    carol = await started.user(OTHER, 'carol');
    await owner.send(new CreateBucketCommand({ Bucket: 'conditions' }));
  });
  after(() => kumo.stop());

  test('s3:x-amz-acl: cross-account writes only with bucket-owner-full-control', async () => {
    await policy('conditions', [{
      Effect: 'Allow', Principal: { AWS: carol.arn }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::conditions/drop/*',
      Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
    }]);
    await assert.rejects(carol.client.send(new PutObjectCommand({ Bucket: 'conditions', Key: 'drop/a.txt', Body: 'a' })), denied);
    await carol.client.send(new PutObjectCommand({ Bucket: 'conditions', Key: 'drop/a.txt', Body: 'a', ACL: 'bucket-owner-full-control' }));
    const got = await owner.send(new GetObjectCommand({ Bucket: 'conditions', Key: 'drop/a.txt' }));
    assert.equal(await got.Body?.transformToString(), 'a');
  });

  test('s3:prefix, s3:delimiter and s3:max-keys narrow ListBucket', async () => {
    await policy('conditions', [{
      Effect: 'Allow', Principal: { AWS: carol.arn }, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::conditions',
      Condition: { StringLike: { 's3:prefix': 'drop/*' }, StringEquals: { 's3:delimiter': '/' }, NumericLessThanEquals: { 's3:max-keys': '100' } },
    }]);
    const listed = await carol.client.send(new ListObjectsV2Command({ Bucket: 'conditions', Prefix: 'drop/', Delimiter: '/', MaxKeys: 50 }));
    assert.deepEqual(listed.Contents?.map((c) => c.Key), ['drop/a.txt']);
    await assert.rejects(carol.client.send(new ListObjectsV2Command({ Bucket: 'conditions', Prefix: 'other/', Delimiter: '/', MaxKeys: 50 })), denied);
    await assert.rejects(carol.client.send(new ListObjectsV2Command({ Bucket: 'conditions', Prefix: 'drop/', MaxKeys: 50 })), denied);
    await assert.rejects(carol.client.send(new ListObjectsV2Command({ Bucket: 'conditions', Prefix: 'drop/', Delimiter: '/', MaxKeys: 500 })), denied);
  });

  test('s3:RequestObjectTag/<key> on writes and s3:ExistingObjectTag/<key> on reads', async () => {
    await policy('conditions', [
      {
        Effect: 'Allow', Principal: { AWS: carol.arn }, Action: ['s3:PutObject', 's3:PutObjectTagging'], Resource: 'arn:aws:s3:::conditions/*',
        Condition: { StringEquals: { 's3:RequestObjectTag/team': 'web' } },
      },
      {
        Effect: 'Allow', Principal: { AWS: carol.arn }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::conditions/*',
        Condition: { StringEquals: { 's3:ExistingObjectTag/classification': 'shared' } },
      },
    ]);
    await assert.rejects(carol.client.send(new PutObjectCommand({ Bucket: 'conditions', Key: 'tagged.txt', Body: 't', Tagging: 'team=ops' })), denied);
    await carol.client.send(new PutObjectCommand({ Bucket: 'conditions', Key: 'tagged.txt', Body: 't', Tagging: 'team=web' }));
    await assert.rejects(carol.client.send(new GetObjectCommand({ Bucket: 'conditions', Key: 'tagged.txt' })), denied);
    await carol.client.send(new PutObjectTaggingCommand({
      Bucket: 'conditions', Key: 'tagged.txt', Tagging: { TagSet: [{ Key: 'team', Value: 'web' }, { Key: 'classification', Value: 'shared' }] },
    }));
    const got = await carol.client.send(new GetObjectCommand({ Bucket: 'conditions', Key: 'tagged.txt' }));
    assert.equal(await got.Body?.transformToString(), 't');
  });

  test('s3:x-amz-server-side-encryption and s3:if-match (conditional deletes enforced by policy)', async () => {
    await policy('conditions', [
      {
        Effect: 'Allow', Principal: { AWS: carol.arn }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::conditions/*',
        Condition: { StringEquals: { 's3:x-amz-server-side-encryption': 'AES256' } },
      },
      {
        Effect: 'Allow', Principal: { AWS: carol.arn }, Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::conditions/*',
        Condition: { Null: { 's3:if-match': 'false' } },
      },
    ]);
    await assert.rejects(carol.client.send(new PutObjectCommand({ Bucket: 'conditions', Key: 'enc.txt', Body: 'e' })), denied);
    const { ETag } = await carol.client.send(new PutObjectCommand({ Bucket: 'conditions', Key: 'enc.txt', Body: 'e', ServerSideEncryption: 'AES256' }));
    await assert.rejects(carol.client.send(new DeleteObjectCommand({ Bucket: 'conditions', Key: 'enc.txt' })), denied);
    await carol.client.send(new DeleteObjectCommand({ Bucket: 'conditions', Key: 'enc.txt', IfMatch: ETag }));
  });

  test('anonymous requests see the same keys: a public policy on s3:ExistingObjectTag', async () => {
    await owner.send(new CreateBucketCommand({ Bucket: 'conditions-public' }));
    await owner.send(new DeletePublicAccessBlockCommand({ Bucket: 'conditions-public' }));
    await policy('conditions-public', [{
      Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::conditions-public/*',
      Condition: { StringEquals: { 's3:ExistingObjectTag/public': 'yes' } },
    }]);
    await owner.send(new PutObjectCommand({ Bucket: 'conditions-public', Key: 'open.txt', Body: 'open', Tagging: 'public=yes' }));
    await owner.send(new PutObjectCommand({ Bucket: 'conditions-public', Key: 'closed.txt', Body: 'closed' }));
    assert.equal(await (await fetch(`${kumo.url}/conditions-public/open.txt`)).text(), 'open');
    assert.equal((await fetch(`${kumo.url}/conditions-public/closed.txt`)).status, 403);
  });
});
