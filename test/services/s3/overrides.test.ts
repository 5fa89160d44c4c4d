import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { spawn } from 'node:child_process';
import {
  CreateBucketCommand, DeletePublicAccessBlockCommand, GetObjectCommand, PutBucketPolicyCommand, PutObjectCommand, type S3Client,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { EmbeddedKumo } from '../../../src/index.js';
import { virtualHostBucket } from '../../../src/services/s3/overrides.js';
import { startS3 } from './s3-test-kumo.js';

const SIGNED = 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=00';

function raw(port: number, options: { method?: string; path: string; host: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: { host: options.host, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('S3 routing: virtual hosts, unsigned requests, presigned URLs', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'routed' }));
    await s3.send(new PutObjectCommand({ Bucket: 'routed', Key: 'dir/hello.txt', Body: 'hello routing' }));
    // Unsigned requests see only public content: make the bucket publicly readable and listable.
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'routed' }));
    const statement = (action: string, resource: string) => ({ Effect: 'Allow', Principal: '*', Action: action, Resource: resource });
    const policy = { Version: '2012-10-17', Statement: [statement('s3:GetObject', 'arn:aws:s3:::routed/*'), statement('s3:ListBucket', 'arn:aws:s3:::routed')] };
    await s3.send(new PutBucketPolicyCommand({ Bucket: 'routed', Policy: JSON.stringify(policy) }));
  });
  after(() => kumo.stop());

  test('virtual-host names: which part is the bucket', () => {
    assert.equal(virtualHostBucket('routed.s3.localhost.localstack.cloud'), 'routed');
    assert.equal(virtualHostBucket('my.dotted.bucket.s3.us-west-2.amazonaws.com'), 'my.dotted.bucket');
    assert.equal(virtualHostBucket('routed.s3-website-us-east-1.amazonaws.com'), 'routed');
    assert.equal(virtualHostBucket('routed.localhost'), 'routed');
    assert.equal(virtualHostBucket('s3.amazonaws.com'), undefined);
    assert.equal(virtualHostBucket('s3.localhost.localstack.cloud'), undefined);
    assert.equal(virtualHostBucket('127.0.0.1'), undefined);
    assert.equal(virtualHostBucket('localhost'), undefined);
  });

  test('signed virtual-hosted requests: the bucket moves into the path', async () => {
    for (const host of ['routed.s3.localhost.localstack.cloud', 'routed.s3.us-east-1.amazonaws.com', 'routed.localhost']) {
      const got = await raw(kumo.port, { path: '/dir/hello.txt', host, headers: { authorization: SIGNED, 'x-amz-date': '20240101T000000Z' } });
      assert.equal(got.status, 200, host);
      assert.equal(got.body, 'hello routing');
      const listed = await raw(kumo.port, { path: '/?list-type=2', host, headers: { authorization: SIGNED } });
      assert.match(listed.body, /<Key>dir\/hello.txt<\/Key>/);
    }
  });

  test('unsigned requests resolve to S3 by host or path', async () => {
    const vhost = await raw(kumo.port, { path: '/dir/hello.txt', host: 'routed.s3.localhost.localstack.cloud' });
    assert.equal(vhost.status, 200);
    const pathStyle = await raw(kumo.port, { path: '/routed/dir/hello.txt', host: `127.0.0.1:${kumo.port}` });
    assert.equal(pathStyle.status, 200);
    assert.equal(pathStyle.body, 'hello routing');
    const missing = await raw(kumo.port, { path: '/routed/nope', host: `localhost:${kumo.port}` });
    assert.equal(missing.status, 404);
    assert.match(missing.body, /^<\?xml[^>]*>\s*<Error><Code>NoSuchKey<\/Code>/);
  });

  test('presigned GET and PUT work until they expire, then AccessDenied "Request has expired"', async () => {
    const getUrl = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'routed', Key: 'dir/hello.txt' }), { expiresIn: 60 });
    const ok = await fetch(getUrl);
    assert.equal(ok.status, 200);
    assert.equal(await ok.text(), 'hello routing');
    const putUrl = await getSignedUrl(s3, new PutObjectCommand({ Bucket: 'routed', Key: 'uploaded.txt' }), { expiresIn: 60 });
    assert.equal((await fetch(putUrl, { method: 'PUT', body: 'via presigned put' })).status, 200);
    assert.equal(await (await s3.send(new GetObjectCommand({ Bucket: 'routed', Key: 'uploaded.txt' }))).Body?.transformToString(), 'via presigned put');

    await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 120 }) });
    const expired = await fetch(getUrl);
    assert.equal(expired.status, 403);
    const text = await expired.text();
    assert.match(text, /<Code>AccessDenied<\/Code><Message>Request has expired<\/Message>/);
    assert.match(text, /<X-Amz-Expires>60<\/X-Amz-Expires><Expires>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ<\/Expires><ServerTime>/);
  });

  test('curl downloads a presigned URL', async () => {
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'routed', Key: 'dir/hello.txt' }), { expiresIn: 3600 });
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('curl', ['-sf', url]);
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`curl exited ${code}`))));
    });
    assert.equal(output, 'hello routing');
  });
});
