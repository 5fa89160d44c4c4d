import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateBucketCommand,
  GetBucketRequestPaymentCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketRequestPaymentCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { bodyText, startS3 } from './s3-test-kumo.js';

type Failure = Error & { $metadata: { httpStatusCode: number } };

describe('PutBucketRequestPayment', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let other: S3Client;
  before(async () => {
    let as: (account: string) => S3Client;
    ({ kumo, s3, as } = await startS3());
    other = as('222222222222');
    await s3.send(new CreateBucketCommand({ Bucket: 'payer' }));
    await s3.send(new PutObjectCommand({ Bucket: 'payer', Key: 'data', Body: 'paid bytes' }));
  });
  after(() => kumo.stop());

  test('Requester: other accounts must send x-amz-request-payer and are told they were charged; the owner needs nothing', async () => {
    await s3.send(new PutBucketRequestPaymentCommand({ Bucket: 'payer', RequestPaymentConfiguration: { Payer: 'Requester' } }));
    assert.equal((await s3.send(new GetBucketRequestPaymentCommand({ Bucket: 'payer' }))).Payer, 'Requester');

    const owner = await s3.send(new GetObjectCommand({ Bucket: 'payer', Key: 'data' }));
    assert.equal(await bodyText(owner.Body), 'paid bytes');
    assert.equal(owner.RequestCharged, undefined);

    for (const command of [new GetObjectCommand({ Bucket: 'payer', Key: 'data' }), new ListObjectsV2Command({ Bucket: 'payer' }), new PutObjectCommand({ Bucket: 'payer', Key: 'x', Body: 'y' })]) {
      await assert.rejects(other.send(command as GetObjectCommand), (e: Failure) => {
        assert.equal(e.name, 'AccessDenied');
        assert.equal(e.$metadata.httpStatusCode, 403);
        return true;
      });
    }
    await assert.rejects(other.send(new HeadObjectCommand({ Bucket: 'payer', Key: 'data' })), (e: Failure) => e.$metadata.httpStatusCode === 403);

    const paid = await other.send(new GetObjectCommand({ Bucket: 'payer', Key: 'data', RequestPayer: 'requester' }));
    assert.equal(await bodyText(paid.Body), 'paid bytes');
    assert.equal(paid.RequestCharged, 'requester');
    const listed = await other.send(new ListObjectsV2Command({ Bucket: 'payer', RequestPayer: 'requester' }));
    assert.equal(listed.RequestCharged, 'requester');
    assert.deepEqual(listed.Contents?.map((c) => c.Key), ['data']);

    // Anonymous requests can never pay.
    const anonymous = await fetch(`${kumo.url}/payer/data`);
    assert.equal(anonymous.status, 403);
  });

  test('BucketOwner turns it off; other values are MalformedXML', async () => {
    await s3.send(new PutBucketRequestPaymentCommand({ Bucket: 'payer', RequestPaymentConfiguration: { Payer: 'BucketOwner' } }));
    assert.equal((await s3.send(new GetBucketRequestPaymentCommand({ Bucket: 'payer' }))).Payer, 'BucketOwner');
    const free = await other.send(new GetObjectCommand({ Bucket: 'payer', Key: 'data' }));
    assert.equal(free.RequestCharged, undefined);
    await bodyText(free.Body);
    await assert.rejects(s3.send(new PutBucketRequestPaymentCommand({ Bucket: 'payer', RequestPaymentConfiguration: { Payer: 'Anyone' as 'Requester' } })), (e: Failure) => e.name === 'MalformedXML');
  });
});
