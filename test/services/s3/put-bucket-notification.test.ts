import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateBucketCommand, GetBucketNotificationConfigurationCommand, type S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { putBucketNotification } from '../../../src/services/s3/operations/put-bucket-notification.js';
import { getBucketNotificationConfiguration } from '../../../src/services/s3/operations/get-bucket-notification-configuration.js';
import { boto3 } from '../../support/cli-clients.js';
import { s3OperationContext } from './operation-context.js';
import { startS3 } from './s3-test-kumo.js';

describe('PutBucketNotification (the deprecated API)', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let queueArn: string;
  before(async () => {
    ({ kumo, s3 } = await startS3(['sqs']));
    await s3.send(new CreateBucketCommand({ Bucket: 'old-notify' }));
    const sqs = new SQSClient(kumo.clientConfig);
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'old-events' }));
    queueArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
  });
  after(() => kumo.stop());

  test("boto3's put_bucket_notification (one QueueConfiguration, Event) is the bucket's notification configuration", async () => {
    const result = await boto3(kumo.url, `
s3 = boto3.client('s3', endpoint_url=ENDPOINT)
s3.put_bucket_notification(Bucket='old-notify', NotificationConfiguration={'QueueConfiguration': {'Id': 'q', 'Event': 's3:ObjectCreated:*', 'Queue': ${JSON.stringify(queueArn)}}})
print(json.dumps(s3.get_bucket_notification(Bucket='old-notify')['QueueConfiguration']))
`);
    assert.equal(result.status, 0, result.stderr);
    const old = JSON.parse(result.stdout) as { Id: string; Queue: string; Events: string[] };
    assert.equal(old.Id, 'q');
    assert.equal(old.Queue, queueArn);
    assert.deepEqual(old.Events, ['s3:ObjectCreated:*']);
    const current = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: 'old-notify' }));
    assert.deepEqual(current.QueueConfigurations?.map((c) => [c.Id, c.QueueArn, c.Events]), [['q', queueArn, ['s3:ObjectCreated:*']]]);
  });

  test('the operation maps Topic, Queue and CloudFunction configurations (Event or Events) onto the stored ones', async () => {
    const ctx = s3OperationContext('PutBucketNotification', ['b']);
    await putBucketNotification(
      {
        Bucket: 'b',
        NotificationConfiguration: {
          TopicConfiguration: { Id: 't', Event: 's3:ObjectRemoved:*', Topic: 'arn:aws:sns:us-east-1:000000000000:t' },
          CloudFunctionConfiguration: { Id: 'f', Events: ['s3:ObjectCreated:Put'], CloudFunction: 'arn:aws:lambda:us-east-1:000000000000:function:f', InvocationRole: 'arn:aws:iam::000000000000:role/r' },
        },
      },
      ctx,
    );
    const stored = getBucketNotificationConfiguration({ Bucket: 'b' }, ctx);
    assert.deepEqual(stored.TopicConfigurations, [{ Id: 't', TopicArn: 'arn:aws:sns:us-east-1:000000000000:t', Events: ['s3:ObjectRemoved:*'] }]);
    assert.deepEqual(stored.LambdaFunctionConfigurations, [{ Id: 'f', LambdaFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:f', Events: ['s3:ObjectCreated:Put'] }]);
    assert.equal(stored.QueueConfigurations, undefined);
  });
});
