import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeletePublicAccessBlockCommand, GetBucketPolicyStatusCommand, PutBucketPolicyCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetBucketPolicyStatus', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('IsPublic: an Allow to "*" without a narrowing condition', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'status' }));
    await assert.rejects(s3.send(new GetBucketPolicyStatusCommand({ Bucket: 'status' })), { name: 'NoSuchBucketPolicy' });
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'status' }));
    const statement = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::status/*' };
    const put = (s: object) => s3.send(new PutBucketPolicyCommand({ Bucket: 'status', Policy: JSON.stringify({ Version: '2012-10-17', Statement: [s] }) }));
    const isPublic = async () => (await s3.send(new GetBucketPolicyStatusCommand({ Bucket: 'status' }))).PolicyStatus?.IsPublic;
    await put(statement);
    assert.equal(await isPublic(), true);
    await put({ ...statement, Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } });
    assert.equal(await isPublic(), false);
    await put({ ...statement, Principal: { AWS: 'arn:aws:iam::111122223333:root' } });
    assert.equal(await isPublic(), false);
  });
});
