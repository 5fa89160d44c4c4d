import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketLifecycleConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { putBucketLifecycle } from '../../../src/services/s3/operations/put-bucket-lifecycle.js';
import { getBucketLifecycleConfiguration } from '../../../src/services/s3/operations/get-bucket-lifecycle-configuration.js';
import { boto3 } from '../../support/cli-clients.js';
import { s3OperationContext } from './operation-context.js';
import { startS3 } from './s3-test-kumo.js';

describe('PutBucketLifecycle (the 2006 API)', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'old-lifecycle' }));
  });
  after(() => kumo.stop());

  test("boto3's put_bucket_lifecycle sets the bucket's lifecycle, seen by GetBucketLifecycleConfiguration", async () => {
    const script = `
s3 = boto3.client('s3', endpoint_url=ENDPOINT)
s3.put_bucket_lifecycle(Bucket='old-lifecycle', LifecycleConfiguration={'Rules': [
  {'ID': 'logs', 'Prefix': 'logs/', 'Status': 'Enabled', 'Expiration': {'Days': 365},
   'Transition': {'Days': 30, 'StorageClass': 'STANDARD_IA'}}]})
print(json.dumps(s3.get_bucket_lifecycle(Bucket='old-lifecycle')['Rules']))
`;
    const result = await boto3(kumo.url, script);
    assert.equal(result.status, 0, result.stderr);
    const oldView = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    assert.deepEqual(oldView, [{ ID: 'logs', Prefix: 'logs/', Status: 'Enabled', Expiration: { Days: 365 }, Transition: { Days: 30, StorageClass: 'STANDARD_IA' } }]);
    const current = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: 'old-lifecycle' }));
    assert.equal(current.Rules?.[0]?.Prefix, 'logs/');
    assert.deepEqual(current.Rules?.[0]?.Transitions, [{ Days: 30, StorageClass: 'STANDARD_IA' }]);
  });

  test('the operation maps one Transition per rule onto the stored rules and requires a Prefix', () => {
    const ctx = s3OperationContext('PutBucketLifecycle', ['b']);
    putBucketLifecycle(
      { Bucket: 'b', LifecycleConfiguration: { Rules: [{ ID: 'r', Prefix: 'tmp/', Status: 'Enabled', Transition: { Days: 0, StorageClass: 'GLACIER' }, NoncurrentVersionExpiration: { NoncurrentDays: 3 } }] } },
      ctx,
    );
    const stored = getBucketLifecycleConfiguration({ Bucket: 'b' }, ctx);
    assert.deepEqual(stored.Rules, [{ ID: 'r', Status: 'Enabled', Prefix: 'tmp/', Transitions: [{ Days: 0, StorageClass: 'GLACIER' }], NoncurrentVersionExpiration: { NoncurrentDays: 3 } }]);
    assert.throws(() => putBucketLifecycle({ Bucket: 'b', LifecycleConfiguration: { Rules: [{ Status: 'Enabled', Expiration: { Days: 1 } }] } }, ctx), (e: Error) => e.name === 'MalformedXML' || (e as { code?: string }).code === 'MalformedXML');
  });
});
