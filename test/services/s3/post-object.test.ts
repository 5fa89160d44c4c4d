import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand, GetObjectCommand, GetObjectTaggingCommand, HeadObjectCommand, PutBucketNotificationConfigurationCommand, S3Client,
} from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';
import { startEnforcedS3, type IssuedUser } from './enforced-kumo.js';

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
    ({ kumo, s3 } = await startS3(['sqs']));
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

  test('the tagging field (Tagging XML) tags the object; the event is ObjectCreated:Post', async () => {
    const sqs = new SQSClient(kumo.clientConfig);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'posted-events' }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
    await s3.send(new CreateBucketCommand({ Bucket: 'posted' }));
    await s3.send(new PutBucketNotificationConfigurationCommand({
      Bucket: 'posted',
      NotificationConfiguration: { QueueConfigurations: [{ QueueArn: Attributes!.QueueArn, Events: ['s3:ObjectCreated:*'] }] },
    }));
    const tagging = '<Tagging><TagSet><Tag><Key>team</Key><Value>web</Value></Tag><Tag><Key>stage</Key><Value>raw upload</Value></Tag></TagSet></Tagging>';
    const { url, fields } = await createPresignedPost(s3, { Bucket: 'posted', Key: 'tagged.txt', Fields: { tagging }, Conditions: [{ tagging }] });
    assert.equal((await post(url, fields, 'tagged')).status, 204);
    const tags = await s3.send(new GetObjectTaggingCommand({ Bucket: 'posted', Key: 'tagged.txt' }));
    assert.deepEqual(tags.TagSet, [{ Key: 'team', Value: 'web' }, { Key: 'stage', Value: 'raw upload' }]);
    const events: string[] = [];
    for (let i = 0; i < 10 && !events.includes('ObjectCreated:Post'); i++) {
      const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 1, MaxNumberOfMessages: 10 }));
      for (const m of Messages ?? []) for (const r of (JSON.parse(m.Body!) as { Records?: Array<{ eventName: string; s3: { object: { key: string } } }> }).Records ?? []) events.push(r.eventName);
    }
    assert.deepEqual(events, ['ObjectCreated:Post']);

    const broken = await createPresignedPost(s3, { Bucket: 'posted', Key: 'broken.txt', Fields: { tagging: '<Tagging><TagSet>' }, Conditions: [{ tagging: '<Tagging><TagSet>' }] });
    const refused = await post(broken.url, broken.fields, 'x');
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /<Code>MalformedXML<\/Code>/);
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

/** KUMO_ENFORCE_SIGV4 and KUMO_ENFORCE_IAM: the policy's signature is checked and its signer is the requester. */
describe('S3 PostObject under enforcement', () => {
  let kumo: EmbeddedKumo;
  let owner: S3Client;
  let poster: IssuedUser;
  let nobody: IssuedUser;
  before(async () => {
    const started = await startEnforcedS3();
    kumo = started.kumo;
    owner = started.root('111111111111');
    poster = await started.user('111111111111', 'poster');
    nobody = await started.user('111111111111', 'nobody', false);
    await owner.send(new CreateBucketCommand({ Bucket: 'enforced-uploads' }));
  });
  after(() => kumo.stop());

  test('a form signed by a permitted user uploads as that user; one signed by a user without s3:PutObject is denied', async () => {
    const { url, fields } = await createPresignedPost(poster.client, { Bucket: 'enforced-uploads', Key: 'by-poster.txt' });
    assert.equal((await post(url, fields, 'posted')).status, 204);
    const got = await owner.send(new GetObjectCommand({ Bucket: 'enforced-uploads', Key: 'by-poster.txt' }));
    assert.equal(await got.Body?.transformToString(), 'posted');
    const denied = await createPresignedPost(nobody.client, { Bucket: 'enforced-uploads', Key: 'by-nobody.txt' });
    const res = await post(denied.url, denied.fields, 'x');
    assert.equal(res.status, 403);
    assert.match(await res.text(), /<Code>AccessDenied<\/Code><Message>User: arn:aws:iam::111111111111:user\/nobody is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::enforced-uploads\/by-nobody\.txt because no identity-based policy allows the s3:PutObject action<\/Message>/);
    const anonymous = await post(url, { key: 'anon.txt' }, 'anon');
    assert.equal(anonymous.status, 403);
  });

  test('a wrong signature, an edited policy or a wrong secret is SignatureDoesNotMatch', async () => {
    const { url, fields } = await createPresignedPost(poster.client, { Bucket: 'enforced-uploads', Key: 'sig.txt', Conditions: [['starts-with', '$key', 'sig']] });
    const mismatch = async (res: Response) => {
      assert.equal(res.status, 403);
      const body = await res.text();
      assert.match(body, /<Code>SignatureDoesNotMatch<\/Code><Message>The request signature we calculated does not match the signature you provided\. Check your key and signing method\.<\/Message>/);
      assert.match(body, new RegExp(`<AWSAccessKeyId>${poster.accessKeyId}</AWSAccessKeyId>`));
    };
    const signature = fields['X-Amz-Signature']!;
    await mismatch(await post(url, { ...fields, 'X-Amz-Signature': `${signature.slice(0, -1)}${signature.endsWith('a') ? 'b' : 'a'}` }, 'x'));
    const policy = JSON.parse(Buffer.from(fields.Policy!, 'base64').toString('utf8')) as { conditions: unknown[] };
    policy.conditions = policy.conditions.filter((c) => !Array.isArray(c));
    await mismatch(await post(url, { ...fields, key: 'elsewhere.txt', Policy: Buffer.from(JSON.stringify(policy)).toString('base64') }, 'x'));
    const forged = new S3Client({ endpoint: kumo.url, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: poster.accessKeyId, secretAccessKey: 'guess' } });
    const wrong = await createPresignedPost(forged, { Bucket: 'enforced-uploads', Key: 'sig.txt' });
    await mismatch(await post(wrong.url, wrong.fields, 'x'));
    await assert.rejects(owner.send(new HeadObjectCommand({ Bucket: 'enforced-uploads', Key: 'sig.txt' })), { name: 'NotFound' });
  });
});
