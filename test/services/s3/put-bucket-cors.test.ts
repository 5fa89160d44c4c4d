import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, PutBucketCorsCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

const preflight = (url: string, origin: string, method: string, headers?: string) =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, ...(headers ? { 'access-control-request-headers': headers } : {}) } });

describe('S3 PutBucketCors and preflights', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'cors' }));
    await s3.send(new PutObjectCommand({ Bucket: 'cors', Key: 'a.txt', Body: 'a' }));
  });
  after(() => kumo.stop());

  test('invalid rules are refused with S3 messages', async () => {
    await assert.rejects(
      s3.send(new PutBucketCorsCommand({ Bucket: 'cors', CORSConfiguration: { CORSRules: [{ AllowedMethods: ['PATCH'], AllowedOrigins: ['*'] }] } })),
      { name: 'InvalidRequest', message: 'Found unsupported HTTP method in CORS config. Unsupported method is PATCH' },
    );
    await assert.rejects(
      s3.send(new PutBucketCorsCommand({ Bucket: 'cors', CORSConfiguration: { CORSRules: [{ AllowedMethods: ['GET'], AllowedOrigins: ['http://*.*.com'] }] } })),
      { name: 'InvalidRequest', message: 'AllowedOrigin "http://*.*.com" can not have more than one wildcard.' },
    );
  });

  test('without a configuration a preflight is 403 "CORS is not enabled for this bucket."', async () => {
    const res = await preflight(`${kumo.url}/cors/a.txt`, 'https://app.example.com', 'GET');
    assert.equal(res.status, 403);
    assert.match(await res.text(), /<Code>AccessForbidden<\/Code><Message>CORSResponse: CORS is not enabled for this bucket.<\/Message><Method>GET<\/Method><ResourceType>OBJECT<\/ResourceType>/);
  });

  test('preflights are matched against the rules: origin, method and request headers', async () => {
    await s3.send(new PutBucketCorsCommand({
      Bucket: 'cors',
      CORSConfiguration: {
        CORSRules: [
          { AllowedOrigins: ['https://*.example.com'], AllowedMethods: ['GET', 'PUT'], AllowedHeaders: ['content-type', 'x-amz-*'], ExposeHeaders: ['ETag'], MaxAgeSeconds: 600 },
          { AllowedOrigins: ['*'], AllowedMethods: ['GET'] },
        ],
      },
    }));
    const ok = await preflight(`${kumo.url}/cors/a.txt`, 'https://app.example.com', 'PUT', 'content-type,x-amz-date');
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'https://app.example.com');
    assert.equal(ok.headers.get('access-control-allow-methods'), 'GET, PUT');
    assert.equal(ok.headers.get('access-control-allow-headers'), 'content-type,x-amz-date');
    assert.equal(ok.headers.get('access-control-expose-headers'), 'ETag');
    assert.equal(ok.headers.get('access-control-max-age'), '600');
    assert.equal(ok.headers.get('access-control-allow-credentials'), 'true');

    const anyone = await preflight(`${kumo.url}/cors/a.txt`, 'https://other.test', 'GET');
    assert.equal(anyone.headers.get('access-control-allow-origin'), '*');

    const denied = await preflight(`${kumo.url}/cors/a.txt`, 'https://other.test', 'DELETE');
    assert.equal(denied.status, 403);
    assert.match(await denied.text(), /CORSResponse: This CORS request is not allowed\. This is usually because the evalution of Origin/);
    const badHeader = await preflight(`${kumo.url}/cors/a.txt`, 'https://app.example.com', 'PUT', 'authorization');
    assert.equal(badHeader.status, 403);
  });

  test('actual requests carry CORS headers only for an allowed origin', async () => {
    const allowed = await s3.send(new PutObjectCommand({ Bucket: 'cors', Key: 'b.txt', Body: 'b' }));
    assert.ok(allowed.ETag);
    const url = `${kumo.url}/cors/a.txt`;
    const signedHeaders = { authorization: 'AWS4-HMAC-SHA256 Credential=test/20240101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=00' };
    const matched = await fetch(url, { headers: { ...signedHeaders, origin: 'https://app.example.com' } });
    assert.equal(matched.headers.get('access-control-allow-origin'), 'https://app.example.com');
    assert.equal(matched.headers.get('access-control-expose-headers'), 'ETag');
    const unmatched = await fetch(url, { method: 'HEAD', headers: { ...signedHeaders, origin: 'https://app.example.com' } });
    assert.equal(unmatched.status, 200);
    assert.equal(unmatched.headers.get('access-control-allow-origin'), null);
  });

  test('preflights for other services and unknown paths keep Kumo\'s generic answer', async () => {
    const res = await preflight(`${kumo.url}/`, 'http://localhost:3000', 'POST', 'x-amz-target,content-type,authorization');
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    assert.equal(res.headers.get('access-control-allow-headers'), 'x-amz-target,content-type,authorization');
  });
});
