import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketCommand, GetBucketMetricsConfigurationCommand, PutBucketMetricsConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

const config = (ID: string) => ({ Id: ID, Filter: { And: { Prefix: 'p/', Tags: [{ Key: 'a', Value: '1' }] } } });
const bad = (ID: string) => ({ Id: ID, Filter: { Prefix: 'p/', Tag: { Key: 'a', Value: '1' } } });

async function rejectsWith(promise: Promise<unknown>, code: string, status: number): Promise<void> {
  await assert.rejects(promise, (e: Error & { $metadata: { httpStatusCode: number } }) => {
    assert.equal(e.name, code);
    assert.equal(e.$metadata.httpStatusCode, status);
    return true;
  });
}

describe('S3 GetBucketMetricsConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    for (const Bucket of ['cfg-src', 'cfg-dst']) await s3.send(new CreateBucketCommand({ Bucket }));
  });
  after(() => kumo.stop());

  test('404 NoSuchConfiguration for an unknown id', async () => {
    await assert.rejects(s3.send(new GetBucketMetricsConfigurationCommand({ Bucket: 'cfg-src', Id: 'nope' })), (e: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(e.name, 'NoSuchConfiguration');
      assert.equal(e.message, 'The specified configuration does not exist.');
      assert.equal(e.$metadata.httpStatusCode, 404);
      return true;
    });
  });

  test('returns what was put', async () => {
    await s3.send(new PutBucketMetricsConfigurationCommand({ Bucket: 'cfg-src', Id: 'got', MetricsConfiguration: config('got') }));
    assert.deepEqual((await s3.send(new GetBucketMetricsConfigurationCommand({ Bucket: 'cfg-src', Id: 'got' }))).MetricsConfiguration, config('got'));
    void bad;
  });

  test('a bucket created again under the same name starts without configurations', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'cfg-again' }));
    await s3.send(new PutBucketMetricsConfigurationCommand({ Bucket: 'cfg-again', Id: 'old', MetricsConfiguration: config('old') }));
    await s3.send(new DeleteBucketCommand({ Bucket: 'cfg-again' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'cfg-again' }));
    await rejectsWith(s3.send(new GetBucketMetricsConfigurationCommand({ Bucket: 'cfg-again', Id: 'old' })), 'NoSuchConfiguration', 404);
  });
});
