import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketWebsiteCommand, PutBucketWebsiteCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetBucketWebsite', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('returns the configuration as put; none is NoSuchWebsiteConfiguration (404)', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'web-get' }));
    await assert.rejects(s3.send(new GetBucketWebsiteCommand({ Bucket: 'web-get' })), (e: Error & { $metadata?: { httpStatusCode?: number } }) => {
      assert.equal(e.name, 'NoSuchWebsiteConfiguration');
      assert.equal(e.$metadata?.httpStatusCode, 404);
      return true;
    });
    const config = {
      IndexDocument: { Suffix: 'index.html' },
      ErrorDocument: { Key: 'error.html' },
      RoutingRules: [{ Condition: { HttpErrorCodeReturnedEquals: '404' }, Redirect: { HostName: 'example.com', ReplaceKeyWith: 'missing.html' } }],
    };
    await s3.send(new PutBucketWebsiteCommand({ Bucket: 'web-get', WebsiteConfiguration: config }));
    const got = await s3.send(new GetBucketWebsiteCommand({ Bucket: 'web-get' }));
    assert.deepEqual({ IndexDocument: got.IndexDocument, ErrorDocument: got.ErrorDocument, RoutingRules: got.RoutingRules }, config);
  });
});
