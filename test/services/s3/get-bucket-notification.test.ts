import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getBucketNotification } from '../../../src/services/s3/operations/get-bucket-notification.js';
import { putBucketNotificationConfiguration } from '../../../src/services/s3/operations/put-bucket-notification-configuration.js';
import { s3OperationContext } from './operation-context.js';

// Over HTTP, GET ?notification is GetBucketNotificationConfiguration's request (boto3's
// get_bucket_notification is checked in put-bucket-notification.test.ts).
describe('GetBucketNotification (the deprecated API)', () => {
  test('shows the first configuration of each kind in the old shape; a bucket without any answers an empty one', async () => {
    const ctx = s3OperationContext('GetBucketNotification', ['b', 'quiet']);
    await putBucketNotificationConfiguration(
      {
        Bucket: 'b',
        SkipDestinationValidation: true,
        NotificationConfiguration: {
          QueueConfigurations: [
            { Id: 'q1', QueueArn: 'arn:aws:sqs:us-east-1:000000000000:q1', Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'a/' }] } } },
            { Id: 'q2', QueueArn: 'arn:aws:sqs:us-east-1:000000000000:q2', Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'b/' }] } } },
          ],
          LambdaFunctionConfigurations: [{ Id: 'f', LambdaFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:f', Events: ['s3:ObjectRemoved:*'] }],
        },
      },
      ctx,
    );
    assert.deepEqual(getBucketNotification({ Bucket: 'b' }, ctx), {
      QueueConfiguration: { Id: 'q1', Events: ['s3:ObjectCreated:*'], Queue: 'arn:aws:sqs:us-east-1:000000000000:q1' },
      CloudFunctionConfiguration: { Id: 'f', Events: ['s3:ObjectRemoved:*'], CloudFunction: 'arn:aws:lambda:us-east-1:000000000000:function:f' },
    });
    assert.deepEqual(getBucketNotification({ Bucket: 'quiet' }, ctx), {});
  });
});
