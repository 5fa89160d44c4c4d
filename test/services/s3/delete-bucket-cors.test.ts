import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, DeleteBucketCorsCommand, GetBucketCorsCommand, PutBucketCorsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 DeleteBucketCors', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('removes the rules: preflights are refused again', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'cors-del' }));
    await s3.send(new PutBucketCorsCommand({ Bucket: 'cors-del', CORSConfiguration: { CORSRules: [{ AllowedOrigins: ['*'], AllowedMethods: ['GET'] }] } }));
    const ask = () => fetch(`${kumo.url}/cors-del/x`, { method: 'OPTIONS', headers: { origin: 'https://a.test', 'access-control-request-method': 'GET' } });
    assert.equal((await ask()).status, 200);
    assert.equal((await s3.send(new DeleteBucketCorsCommand({ Bucket: 'cors-del' }))).$metadata.httpStatusCode, 204);
    await assert.rejects(s3.send(new GetBucketCorsCommand({ Bucket: 'cors-del' })), { name: 'NoSuchCORSConfiguration' });
    assert.equal((await ask()).status, 403);
  });
});
