import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

async function post(url: string, fields: Record<string, string>, file: string, filename = 'photo.txt'): Promise<Response> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file], { type: 'text/plain' }), filename);
  return fetch(url, { method: 'POST', body: form, redirect: 'manual' });
}

describe('S3 PostObject (presigned POST forms)', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'uploads' }));
  });
  after(() => kumo.stop());

  test('a presigned form uploads the file; ${filename} names the key; 204 by default', async () => {
    const { url, fields } = await createPresignedPost(s3, {
      Bucket: 'uploads',
      Key: 'user/${filename}',
      Conditions: [['starts-with', '$key', 'user/'], ['content-length-range', 1, 100], ['starts-with', '$Content-Type', 'text/']],
      Fields: { 'Content-Type': 'text/plain' },
      Expires: 60,
    });
    const res = await post(url, fields, 'hello form');
    assert.equal(res.status, 204);
    assert.match(res.headers.get('etag') ?? '', /^"[0-9a-f]{32}"$/);
    const got = await s3.send(new GetObjectCommand({ Bucket: 'uploads', Key: 'user/photo.txt' }));
    assert.equal(await got.Body?.transformToString(), 'hello form');
    assert.equal(got.ContentType, 'text/plain');
  });

  test('success_action_status 201 answers PostResponse XML; success_action_redirect a 303', async () => {
    const created = await createPresignedPost(s3, { Bucket: 'uploads', Key: 'a.txt', Fields: { success_action_status: '201' }, Conditions: [{ success_action_status: '201' }] });
    const res = await post(created.url, created.fields, 'a');
    assert.equal(res.status, 201);
    assert.match(await res.text(), /<PostResponse[^>]*><Location>[^<]+\/uploads\/a\.txt<\/Location><Bucket>uploads<\/Bucket><Key>a\.txt<\/Key><ETag>"[0-9a-f]{32}"<\/ETag><\/PostResponse>/);
    const redirected = await createPresignedPost(s3, {
      Bucket: 'uploads', Key: 'b.txt', Fields: { success_action_redirect: 'https://app.test/done' }, Conditions: [{ success_action_redirect: 'https://app.test/done' }],
    });
    const moved = await post(redirected.url, redirected.fields, 'b');
    assert.equal(moved.status, 303);
    const location = new URL(moved.headers.get('location')!);
    assert.equal(location.origin + location.pathname, 'https://app.test/done');
    assert.equal(location.searchParams.get('key'), 'b.txt');
    assert.equal(location.searchParams.get('bucket'), 'uploads');
  });

  test('conditions: a key outside the prefix, extra fields and a file too large are refused', async () => {
    const { url, fields } = await createPresignedPost(s3, { Bucket: 'uploads', Key: 'in/${filename}', Conditions: [['starts-with', '$key', 'in/'], ['content-length-range', 0, 5]] });
    const outside = await post(url, { ...fields, key: 'out/x.txt' }, 'x');
    assert.equal(outside.status, 403);
    assert.match(await outside.text(), /<Code>AccessDenied<\/Code><Message>Invalid according to Policy: Policy Condition failed: \["starts-with", "\$key", "in\/"\]<\/Message>/);
    const extra = await post(url, { ...fields, 'x-amz-meta-color': 'red' }, 'x');
    assert.equal(extra.status, 403);
    assert.match(await extra.text(), /Invalid according to Policy: Extra input fields: x-amz-meta-color/);
    const large = await post(url, fields, 'far too large');
    assert.equal(large.status, 400);
    assert.match(await large.text(), /<Code>EntityTooLarge<\/Code>/);
    await assert.rejects(s3.send(new HeadObjectCommand({ Bucket: 'uploads', Key: 'in/photo.txt' })), { name: 'NotFound' });
  });

  test('an expired policy is AccessDenied; a form without a policy is anonymous', async () => {
    const { url, fields } = await createPresignedPost(s3, { Bucket: 'uploads', Key: 'late.txt', Expires: 60 });
    await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 120 }) });
    const late = await post(url, fields, 'late');
    assert.equal(late.status, 403);
    assert.match(await late.text(), /Invalid according to Policy: Policy expired\./);
    const anonymous = await post(url, { key: 'anon.txt' }, 'anon');
    assert.equal(anonymous.status, 403);
    assert.match(await anonymous.text(), /<Code>AccessDenied<\/Code><Message>Access Denied<\/Message>/);
  });
});
