import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketCorsCommand, PutBucketCorsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetBucketCors', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('returns the rules as put; none is NoSuchCORSConfiguration (404)', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'cors-get' }));
    await assert.rejects(s3.send(new GetBucketCorsCommand({ Bucket: 'cors-get' })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'NoSuchCORSConfiguration');
      assert.equal(e.message, 'The CORS configuration does not exist');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
    const rules = [{ ID: 'web', AllowedOrigins: ['https://a.test', 'https://b.test'], AllowedMethods: ['GET', 'HEAD'], AllowedHeaders: ['*'], ExposeHeaders: ['ETag', 'x-amz-version-id'], MaxAgeSeconds: 30 }];
    await s3.send(new PutBucketCorsCommand({ Bucket: 'cors-get', CORSConfiguration: { CORSRules: rules } }));
    assert.deepEqual((await s3.send(new GetBucketCorsCommand({ Bucket: 'cors-get' }))).CORSRules, rules);
  });
});
