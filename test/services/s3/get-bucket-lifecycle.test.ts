import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, PutBucketLifecycleConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { getBucketLifecycle } from '../../../src/services/s3/operations/get-bucket-lifecycle.js';
import { putBucketLifecycleConfiguration } from '../../../src/services/s3/operations/put-bucket-lifecycle-configuration.js';
import { boto3 } from '../../support/cli-clients.js';
import { s3OperationContext } from './operation-context.js';
import { startS3 } from './s3-test-kumo.js';

describe('GetBucketLifecycle (the 2006 API)', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'old-view' }));
  });
  after(() => kumo.stop());

  test("boto3's get_bucket_lifecycle reads rules put with PutBucketLifecycleConfiguration; none is NoSuchLifecycleConfiguration", async () => {
    const missing = await boto3(kumo.url, `
s3 = boto3.client('s3', endpoint_url=ENDPOINT)
try:
    s3.get_bucket_lifecycle(Bucket='old-view')
except s3.exceptions.ClientError as e:
    print(json.dumps([e.response['Error']['Code'], e.response['ResponseMetadata']['HTTPStatusCode']]))
`);
    assert.deepEqual(JSON.parse(missing.stdout), ['NoSuchLifecycleConfiguration', 404]);
    await s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: 'old-view', LifecycleConfiguration: { Rules: [{ ID: 'gone', Status: 'Enabled', Prefix: 'a/', Expiration: { Days: 7 } }] } }));
    const result = await boto3(kumo.url, `print(json.dumps(boto3.client('s3', endpoint_url=ENDPOINT).get_bucket_lifecycle(Bucket='old-view')['Rules']))`);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), [{ ID: 'gone', Prefix: 'a/', Status: 'Enabled', Expiration: { Days: 7 } }]);
  });

  test('the operation shows filter prefixes as rule Prefix and the first transition of each kind', () => {
    const ctx = s3OperationContext('GetBucketLifecycle', ['b']);
    putBucketLifecycleConfiguration(
      {
        Bucket: 'b',
        LifecycleConfiguration: {
          Rules: [{ ID: 'f', Status: 'Enabled', Filter: { Prefix: 'p/' }, Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }, { Days: 90, StorageClass: 'GLACIER' }], Expiration: { Date: new Date('2030-01-01T00:00:00Z') } }],
        },
      },
      ctx,
    );
    assert.deepEqual(getBucketLifecycle({ Bucket: 'b' }, ctx).Rules, [
      { ID: 'f', Prefix: 'p/', Status: 'Enabled', Expiration: { Date: new Date('2030-01-01T00:00:00Z') }, Transition: { Days: 30, StorageClass: 'STANDARD_IA' } },
    ]);
  });
});
