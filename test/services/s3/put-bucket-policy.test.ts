import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, DeletePublicAccessBlockCommand, GetBucketPolicyCommand, PutBucketPolicyCommand, PutObjectCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

const publicRead = (bucket: string, extra: object = {}) => JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${bucket}/*`, ...extra }],
});

describe('S3 PutBucketPolicy', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'pol' }));
  });
  after(() => kumo.stop());

  test('stores the policy as given; GetBucketPolicy returns it', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::pol/*' }] });
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'pol', Policy: policy }));
    assert.equal((await s3.send(new GetBucketPolicyCommand({ Bucket: 'pol' }))).Policy, policy);
  });

  test('malformed policies are MalformedPolicy with S3 messages', async () => {
    const cases: Array<[string, string]> = [
      ['not json', "Policies must be valid JSON and the first byte must be '{'"],
      ['{"Version": ', 'This policy contains invalid Json'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::pol/*' }] }), 'Missing required field Principal'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'alice' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::pol/*' }] }), 'Invalid principal in policy'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::other/*' }] }), 'Policy has invalid resource'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] }), 'Policy has invalid resource'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: 'arn:aws:s3:::pol/*' }] }), 'Policy has invalid action'],
      [JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: 'arn:aws:s3:::pol' }] }), 'Action does not apply to any resource(s) in statement'],
    ];
    for (const [policy, message] of cases) {
      await assert.rejects(s3.send(new PutBucketPolicyCommand({ Bucket: 'pol', Policy: policy })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
        assert.equal(e.name, 'MalformedPolicy');
        assert.equal(e.message, message);
        assert.equal(e.$metadata?.httpStatusCode, 400);
        return true;
      });
    }
  });

  test('a public policy is refused while BlockPublicPolicy is on (new buckets have it), accepted once removed', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'pol-public' }));
    await assert.rejects(s3.send(new PutBucketPolicyCommand({ Bucket: 'pol-public', Policy: publicRead('pol-public') })), (e: Error) => {
      assert.equal(e.name, 'AccessDenied');
      assert.match(e.message, /because public policies are blocked by the BlockPublicPolicy block public access setting\.$/);
      return true;
    });
    // A condition that fixes the source IP makes the statement non-public.
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'pol-public', Policy: publicRead('pol-public', { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/24' } } }) }));
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'pol-public' }));
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'pol-public', Policy: publicRead('pol-public') }));
  });

  test('anonymous GETs see an object once a policy grants Principal "*"', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'pol-anon' }));
    await s3.send(new PutObjectCommand({ Bucket: 'pol-anon', Key: 'a.txt', Body: 'hello' }));
    const url = `${kumo.url}/pol-anon/a.txt`;
    const before = await fetch(url);
    assert.equal(before.status, 403);
    assert.match(await before.text(), /<Code>AccessDenied<\/Code><Message>Access Denied<\/Message>/);
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'pol-anon' }));
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'pol-anon', Policy: publicRead('pol-anon') }));
    const after = await fetch(url);
    assert.equal(after.status, 200);
    assert.equal(await after.text(), 'hello');
    // The policy grants GetObject only: listing and writing stay denied.
    assert.equal((await fetch(`${kumo.url}/pol-anon`)).status, 403);
    assert.equal((await fetch(`${kumo.url}/pol-anon/b.txt`, { method: 'PUT', body: 'x' })).status, 403);
    // An unknown bucket is NoSuchBucket, for anonymous requests too.
    assert.equal((await fetch(`${kumo.url}/pol-nowhere/a.txt`)).status, 404);
  });
});
