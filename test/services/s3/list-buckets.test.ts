import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, ListBucketsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 ListBuckets', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let as: (account: string, region?: string) => S3Client;
  before(async () => {
    ({ kumo, s3, as } = await startS3());
    for (const name of ['logs-b', 'logs-a', 'data-1', 'data-2']) await s3.send(new CreateBucketCommand({ Bucket: name }));
    await s3.send(new CreateBucketCommand({ Bucket: 'data-eu', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    await as('123456789012').send(new CreateBucketCommand({ Bucket: 'someone-else' }));
  });
  after(() => kumo.stop());

  test("an account's buckets in name order, with the owner and each bucket's region", async () => {
    const out = await s3.send(new ListBucketsCommand({}));
    assert.deepEqual(out.Buckets?.map((b) => b.Name), ['data-1', 'data-2', 'data-eu', 'logs-a', 'logs-b']);
    assert.equal(out.Buckets?.find((b) => b.Name === 'data-eu')?.BucketRegion, 'eu-west-1');
    assert.ok(out.Buckets?.[0]?.CreationDate instanceof Date);
    assert.match(out.Owner?.ID ?? '', /^[0-9a-f]{64}$/);
    assert.deepEqual((await as('123456789012').send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name), ['someone-else']);
  });

  test('Prefix, BucketRegion and MaxBuckets pages with a ContinuationToken', async () => {
    const logs = await s3.send(new ListBucketsCommand({ Prefix: 'logs-' }));
    assert.deepEqual(logs.Buckets?.map((b) => b.Name), ['logs-a', 'logs-b']);
    assert.equal(logs.Prefix, 'logs-');
    const eu = await s3.send(new ListBucketsCommand({ BucketRegion: 'eu-west-1' }));
    assert.deepEqual(eu.Buckets?.map((b) => b.Name), ['data-eu']);
    const first = await s3.send(new ListBucketsCommand({ MaxBuckets: 2 }));
    assert.deepEqual(first.Buckets?.map((b) => b.Name), ['data-1', 'data-2']);
    assert.ok(first.ContinuationToken);
    const second = await s3.send(new ListBucketsCommand({ MaxBuckets: 3, ContinuationToken: first.ContinuationToken }));
    assert.deepEqual(second.Buckets?.map((b) => b.Name), ['data-eu', 'logs-a', 'logs-b']);
    assert.equal(second.ContinuationToken, undefined);
  });
});
