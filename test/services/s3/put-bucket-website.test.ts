import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  CreateBucketCommand, DeletePublicAccessBlockCommand, PutBucketPolicyCommand, PutBucketWebsiteCommand, PutObjectCommand, type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

function get(port: number, host: string, path: string, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('S3 PutBucketWebsite and the website endpoint', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let host: string;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    host = `site.s3-website-us-east-1.localhost:${kumo.port}`;
    await s3.send(new CreateBucketCommand({ Bucket: 'site' }));
    const put = (Key: string, Body: string, extra: object = {}) => s3.send(new PutObjectCommand({ Bucket: 'site', Key, Body, ContentType: 'text/html', ...extra }));
    await put('index.html', '<h1>home</h1>');
    await put('docs/index.html', '<h1>docs</h1>');
    await put('404.html', '<h1>lost</h1>');
    await put('old.html', '', { WebsiteRedirectLocation: '/index.html' });
    await put('private/secret.html', 'secret');
  });
  after(() => kumo.stop());

  test('invalid configurations are refused', async () => {
    await assert.rejects(s3.send(new PutBucketWebsiteCommand({ Bucket: 'site', WebsiteConfiguration: { ErrorDocument: { Key: 'e.html' } } })), {
      name: 'InvalidArgument', message: 'A value for IndexDocument Suffix must be provided if RedirectAllRequestsTo is empty',
    });
    await assert.rejects(s3.send(new PutBucketWebsiteCommand({ Bucket: 'site', WebsiteConfiguration: { IndexDocument: { Suffix: 'a/index.html' } } })), {
      name: 'InvalidArgument', message: 'The IndexDocument Suffix is not well formed',
    });
  });

  test('without a public policy the site is 403; without a configuration 404 NoSuchWebsiteConfiguration', async () => {
    const none = await get(kumo.port, host, '/');
    assert.equal(none.status, 404);
    assert.match(none.body, /<li>Code: NoSuchWebsiteConfiguration<\/li>/);
    await s3.send(new PutBucketWebsiteCommand({
      Bucket: 'site',
      WebsiteConfiguration: {
        IndexDocument: { Suffix: 'index.html' },
        ErrorDocument: { Key: '404.html' },
        RoutingRules: [{ Condition: { KeyPrefixEquals: 'blog/' }, Redirect: { ReplaceKeyPrefixWith: 'docs/', HttpRedirectCode: '302' } }],
      },
    }));
    const denied = await get(kumo.port, host, '/');
    assert.equal(denied.status, 403);
    assert.match(denied.body, /<title>403 Forbidden<\/title>[\s\S]*<li>Code: AccessDenied<\/li>/);
    await s3.send(new DeletePublicAccessBlockCommand({ Bucket: 'site' }));
    await s3.send(new PutBucketPolicyCommand({
      Bucket: 'site',
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::site/private/*' },
        // With s3:ListBucket a missing key is 404; without it, 403 (as on AWS).
        { Effect: 'Allow', Principal: '*', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::site' },
      ] }),
    }));
  });

  test('index documents, folders, error document, redirects and private keys', async () => {
    const home = await get(kumo.port, host, '/');
    assert.equal(home.status, 200);
    assert.equal(home.body, '<h1>home</h1>');
    assert.equal(home.headers['content-type'], 'text/html');
    assert.equal((await get(kumo.port, host, '/docs/')).body, '<h1>docs</h1>');
    const folder = await get(kumo.port, host, '/docs');
    assert.equal(folder.status, 302);
    assert.equal(folder.headers.location, '/docs/');
    const lost = await get(kumo.port, host, '/nope.html');
    assert.equal(lost.status, 404);
    assert.equal(lost.body, '<h1>lost</h1>');
    const moved = await get(kumo.port, host, '/old.html');
    assert.equal(moved.status, 301);
    assert.equal(moved.headers.location, '/index.html');
    const rule = await get(kumo.port, host, '/blog/post.html');
    assert.equal(rule.status, 302);
    assert.equal(rule.headers.location, '/docs/post.html');
    const secret = await get(kumo.port, host, '/private/secret.html');
    assert.equal(secret.status, 403);
    assert.equal(secret.body, '<h1>lost</h1>');
    assert.equal((await get(kumo.port, host, '/', 'POST')).status, 405);
  });

  test('the path form and curl reach the same site', async () => {
    const viaPath = await fetch(`${kumo.url}/_kumo/s3-website/site/docs/`);
    assert.equal(await viaPath.text(), '<h1>docs</h1>');
    const { stdout } = await promisify(execFile)('curl', ['-s', '-H', `Host: ${host}`, `http://127.0.0.1:${kumo.port}/`]);
    assert.equal(stdout, '<h1>home</h1>');
  });

  test('RedirectAllRequestsTo sends every request to the other host', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'www-site' }));
    await s3.send(new PutBucketWebsiteCommand({ Bucket: 'www-site', WebsiteConfiguration: { RedirectAllRequestsTo: { HostName: 'example.com', Protocol: 'https' } } }));
    const res = await get(kumo.port, `www-site.s3-website.us-east-1.localhost:${kumo.port}`, '/a/b.html');
    assert.equal(res.status, 301);
    assert.equal(res.headers.location, 'https://example.com/a/b.html');
  });
});
