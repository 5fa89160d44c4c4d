import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketWebsiteCommand, GetBucketWebsiteCommand, PutBucketWebsiteCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteBucketWebsite', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('removes the configuration: the endpoint answers NoSuchWebsiteConfiguration', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'web-del' }));
    await s3.send(new PutBucketWebsiteCommand({ Bucket: 'web-del', WebsiteConfiguration: { IndexDocument: { Suffix: 'index.html' } } }));
    assert.equal((await s3.send(new DeleteBucketWebsiteCommand({ Bucket: 'web-del' }))).$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new GetBucketWebsiteCommand({ Bucket: 'web-del' })), { name: 'NoSuchWebsiteConfiguration' });
    const page = await fetch(`${kumo.url}/_kumo/s3-website/web-del/`);
    assert.equal(page.status, 404);
    assert.match(await page.text(), /NoSuchWebsiteConfiguration/);
  });
});
