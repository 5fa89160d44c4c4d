import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketLocationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';
import { boto3 } from '../../support/cli-clients.js';

describe('S3 GetBucketLocation', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => ({ kumo, s3 } = await startS3()));
  after(() => kumo.stop());

  test('us-east-1 is an empty constraint; others name their region', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'east-bucket' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'eu-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } }));
    assert.equal((await s3.send(new GetBucketLocationCommand({ Bucket: 'east-bucket' }))).LocationConstraint, undefined);
    assert.equal((await s3.send(new GetBucketLocationCommand({ Bucket: 'eu-bucket' }))).LocationConstraint, 'eu-west-1');
    await assert.rejects(s3.send(new GetBucketLocationCommand({ Bucket: 'missing-one' })), { name: 'NoSuchBucket' });
  });

  test('boto3 reads the region from the root element, as AWS writes it', async () => {
    const result = await boto3(kumo.url, [
      "s3 = boto3.client('s3', endpoint_url=ENDPOINT)",
      "print(json.dumps([s3.get_bucket_location(Bucket=b).get('LocationConstraint') for b in ['eu-bucket', 'east-bucket']]))",
    ].join('\n'));
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), ['eu-west-1', null]);
  });
});
