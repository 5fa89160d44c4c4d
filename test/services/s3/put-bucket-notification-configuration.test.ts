import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  UploadPartCommand,
  DeleteObjectCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  RestoreObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, startS3 } from './s3-test-kumo.js';

interface S3Record {
  eventVersion: string;
  eventSource: string;
  eventName: string;
  awsRegion: string;
  s3: { configurationId: string; bucket: { name: string; arn: string }; object: { key: string; size?: number; eTag?: string; versionId?: string; sequencer: string } };
  glacierEventData?: { restoreEventData: { lifecycleRestorationExpiryTime?: string; lifecycleRestoreStorageClass: string } };
}

describe('S3 PutBucketNotificationConfiguration', () => {
  let kumo: EmbeddedKumo;
  let s3: S3Client;
  let sqs: SQSClient;
  let sns: SNSClient;
  let queueUrl: string;
  let queueArn: string;
  const receive = async (wait = 2): Promise<unknown[]> => {
    const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: wait }));
    // Deleted at once: moving the clock would make them visible again.
    for (const m of out.Messages ?? []) await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: m.ReceiptHandle! }));
    return (out.Messages ?? []).map((m) => JSON.parse(m.Body ?? '{}') as unknown);
  };
  const receiveRecords = async (count: number): Promise<S3Record[]> => {
    const records: S3Record[] = [];
    for (let i = 0; i < 10 && records.length < count; i++) {
      for (const m of await receive(1)) records.push(...((m as { Records?: S3Record[] }).Records ?? []));
    }
    return records;
  };

  before(async () => {
    ({ kumo, s3 } = await startS3(['sqs', 'sns']));
    sqs = new SQSClient(kumo.clientConfig);
    sns = new SNSClient(kumo.clientConfig);
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 's3-events' }))).QueueUrl!;
    queueArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await s3.send(new CreateBucketCommand({ Bucket: 'events' }));
  });
  after(() => kumo.stop());

  test('an unknown destination is InvalidArgument "Unable to validate..."; bad events and filter names too', async () => {
    const put = (config: object) => s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: 'events', NotificationConfiguration: config }));
    await assert.rejects(put({ QueueConfigurations: [{ QueueArn: 'arn:aws:sqs:us-east-1:000000000000:nope', Events: ['s3:ObjectCreated:*'] }] }), (e: Error) => {
      assert.equal(e.name, 'InvalidArgument');
      assert.equal(e.message, 'Unable to validate the following destination configurations');
      return true;
    });
    await assert.rejects(put({ QueueConfigurations: [{ QueueArn: queueArn, Events: ['s3:ObjectMade:*'] }] }), (e: Error) => e.name === 'InvalidArgument');
    await assert.rejects(put({ QueueConfigurations: [{ QueueArn: queueArn, Events: ['s3:ObjectCreated:*'], Filter: { Key: { FilterRules: [{ Name: 'middle', Value: 'x' }] } } }] }), (e: Error) => e.name === 'InvalidArgument');
    await assert.rejects(
      put({ QueueConfigurations: [{ QueueArn: queueArn, Events: ['s3:ObjectCreated:*'] }, { QueueArn: queueArn, Events: ['s3:ObjectCreated:Put'] }] }),
      (e: Error) => e.message === 'Configurations overlap. Configurations on the same bucket cannot share a common event type.',
    );
  });

  test('saving sends s3:TestEvent; PUT, copy and deletes deliver AWS event records filtered by prefix and suffix', async () => {
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'events', VersioningConfiguration: { Status: 'Enabled' } }));
    await s3.send(new PutBucketNotificationConfigurationCommand({
      Bucket: 'events',
      NotificationConfiguration: {
        QueueConfigurations: [{ Id: 'images', QueueArn: queueArn, Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*', 's3:ObjectRestore:*', 's3:LifecycleExpiration:*'], Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'img/' }, { Name: 'suffix', Value: '.png' }] } } }],
      },
    }));
    const [testEvent] = await receive();
    assert.deepEqual({ ...(testEvent as object), Time: undefined, RequestId: undefined, HostId: undefined }, { Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'events', Time: undefined, RequestId: undefined, HostId: undefined });

    const put = await s3.send(new PutObjectCommand({ Bucket: 'events', Key: 'img/a cat.png', Body: 'meow' }));
    await s3.send(new PutObjectCommand({ Bucket: 'events', Key: 'img/a.txt', Body: 'skip' }));
    await s3.send(new PutObjectCommand({ Bucket: 'events', Key: 'doc/a.png', Body: 'skip' }));
    await s3.send(new CopyObjectCommand({ Bucket: 'events', Key: 'img/b.png', CopySource: 'events/img/a cat.png' }));
    await s3.send(new DeleteObjectCommand({ Bucket: 'events', Key: 'img/b.png' }));
    const records = await receiveRecords(3);
    assert.deepEqual(records.map((r) => r.eventName), ['ObjectCreated:Put', 'ObjectCreated:Copy', 'ObjectRemoved:DeleteMarkerCreated']);
    const first = records[0]!;
    assert.equal(first.eventVersion, '2.1');
    assert.equal(first.eventSource, 'aws:s3');
    assert.equal(first.awsRegion, 'us-east-1');
    assert.equal(first.s3.configurationId, 'images');
    assert.deepEqual(first.s3.bucket.name, 'events');
    assert.equal(first.s3.bucket.arn, 'arn:aws:s3:::events');
    assert.equal(first.s3.object.key, 'img/a+cat.png');
    assert.equal(first.s3.object.size, 4);
    assert.equal(`"${first.s3.object.eTag}"`, put.ETag);
    assert.equal(first.s3.object.versionId, put.VersionId);
    assert.match(first.s3.object.sequencer, /^[0-9A-F]+$/);
  });

  test('restore and lifecycle events come from S3 itself on Kumo\'s clock', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'events', Key: 'img/cold.png', Body: 'brr', StorageClass: 'GLACIER' }));
    await receiveRecords(1);
    await s3.send(new RestoreObjectCommand({ Bucket: 'events', Key: 'img/cold.png', RestoreRequest: { Days: 1, GlacierJobParameters: { Tier: 'Expedited' } } }));
    await advanceClock(kumo, 6 * 60);
    const restore = await receiveRecords(2);
    assert.deepEqual(restore.map((r) => r.eventName), ['ObjectRestore:Post', 'ObjectRestore:Completed']);
    assert.equal(restore[1]!.glacierEventData?.restoreEventData.lifecycleRestoreStorageClass, 'GLACIER');
    assert.ok(restore[1]!.glacierEventData?.restoreEventData.lifecycleRestorationExpiryTime);

    await s3.send(new PutBucketLifecycleConfigurationCommand({ Bucket: 'events', LifecycleConfiguration: { Rules: [{ ID: 'x', Status: 'Enabled', Filter: { Prefix: 'img/a' }, Expiration: { Days: 1 } }] } }));
    await advanceClock(kumo, 3 * 86400);
    const lifecycle = await receiveRecords(2);
    const names = lifecycle.map((r) => r.eventName);
    assert.ok(names.includes('LifecycleExpiration:DeleteMarkerCreated'), names.join());
    assert.equal(lifecycle.find((r) => r.eventName.startsWith('Lifecycle'))!.eventVersion, '2.3');
  });

  test('CompleteMultipartUpload sends ObjectCreated:CompleteMultipartUpload with the multipart ETag', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'events-mpu' }));
    await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: 'events-mpu', NotificationConfiguration: { QueueConfigurations: [{ Id: 'mpu', QueueArn: queueArn, Events: ['s3:ObjectCreated:CompleteMultipartUpload'] }] } }));
    await receive();
    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: 'events-mpu', Key: 'big' }));
    const part = await s3.send(new UploadPartCommand({ Bucket: 'events-mpu', Key: 'big', UploadId, PartNumber: 1, Body: 'only part' }));
    const done = await s3.send(new CompleteMultipartUploadCommand({ Bucket: 'events-mpu', Key: 'big', UploadId, MultipartUpload: { Parts: [{ PartNumber: 1, ETag: part.ETag }] } }));
    const [record] = await receiveRecords(1);
    assert.equal(record?.eventName, 'ObjectCreated:CompleteMultipartUpload');
    assert.equal(`"${record?.s3.object.eTag}"`, done.ETag);
    assert.equal(record?.s3.object.size, 9);
  });

  test('SNS topics get the same records, published through Kumo\'s SNS', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'events-sns' }));
    const topicArn = (await sns.send(new CreateTopicCommand({ Name: 's3-topic' }))).TopicArn!;
    const otherQueue = (await sqs.send(new CreateQueueCommand({ QueueName: 's3-via-sns' }))).QueueUrl!;
    const otherArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: otherQueue, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn!;
    await sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: otherArn, Attributes: { RawMessageDelivery: 'true' } }));
    await s3.send(new PutBucketNotificationConfigurationCommand({ Bucket: 'events-sns', NotificationConfiguration: { TopicConfigurations: [{ TopicArn: topicArn, Events: ['s3:ObjectCreated:Put'] }] } }));
    await s3.send(new PutObjectCommand({ Bucket: 'events-sns', Key: 'k', Body: 'v' }));
    const bodies: string[] = [];
    for (let i = 0; i < 5 && bodies.length < 2; i++) {
      const out = await sqs.send(new ReceiveMessageCommand({ QueueUrl: otherQueue, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      bodies.push(...(out.Messages ?? []).map((m) => m.Body ?? ''));
    }
    assert.equal((JSON.parse(bodies[0]!) as { Event: string }).Event, 's3:TestEvent');
    assert.equal((JSON.parse(bodies[1]!) as { Records: S3Record[] }).Records[0]!.eventName, 'ObjectCreated:Put');
  });
});
