import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketNotificationConfigurationCommand, PutBucketNotificationConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startS3 } from './s3-test-kumo.js';

describe('S3 GetBucketNotificationConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  before(async () => {
    ({ kumo, s3 } = await startS3());
    await s3.send(new CreateBucketCommand({ Bucket: 'notes' }));
  });
  after(() => kumo.stop());

  test('empty before any configuration', async () => {
    const out = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: 'notes' }));
    assert.equal(out.QueueConfigurations, undefined);
    assert.equal(out.TopicConfigurations, undefined);
    assert.equal(out.EventBridgeConfiguration, undefined);
  });

  test('returns what was put (validation skipped), with generated ids, filter rules and EventBridge', async () => {
    await s3.send(new PutBucketNotificationConfigurationCommand({
      Bucket: 'notes',
      SkipDestinationValidation: true,
      NotificationConfiguration: {
        QueueConfigurations: [{ QueueArn: 'arn:aws:sqs:us-east-1:000000000000:q', Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'a/' }] } } }],
        LambdaFunctionConfigurations: [{ Id: 'fn', LambdaFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:f', Events: ['s3:ObjectRemoved:Delete'] }],
        EventBridgeConfiguration: {},
      },
    }));
    const out = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: 'notes' }));
    const queue = out.QueueConfigurations?.[0];
    assert.ok(queue?.Id && queue.Id.length > 0);
    assert.equal(queue.QueueArn, 'arn:aws:sqs:us-east-1:000000000000:q');
    assert.deepEqual(queue.Events, ['s3:ObjectCreated:*']);
    assert.deepEqual(queue.Filter?.Key?.FilterRules, [{ Name: 'Prefix', Value: 'a/' }]);
    assert.deepEqual(out.LambdaFunctionConfigurations, [{ Id: 'fn', LambdaFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:f', Events: ['s3:ObjectRemoved:Delete'] }]);
    assert.deepEqual(out.EventBridgeConfiguration, {});
    // An empty configuration turns notifications off.
    await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: 'notes', NotificationConfiguration: {} }));
    assert.equal((await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: 'notes' }))).QueueConfigurations, undefined);
  });
});
