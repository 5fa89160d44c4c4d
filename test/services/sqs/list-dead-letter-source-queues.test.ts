import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, ListDeadLetterSourceQueuesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, startSqs } from './sqs-test-kit.js';

describe('SQS dead-letter queues and ListDeadLetterSourceQueues', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('a message received maxReceiveCount times moves to the DLQ on the next receive', async () => {
    const dlq = (await sqs.send(new CreateQueueCommand({ QueueName: 'dead' }))).QueueUrl!;
    const RedrivePolicy = JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:dead', maxReceiveCount: 2 });
    const source = (await sqs.send(new CreateQueueCommand({ QueueName: 'work', Attributes: { RedrivePolicy, VisibilityTimeout: '5' } }))).QueueUrl!;
    await sqs.send(new CreateQueueCommand({ QueueName: 'work2', Attributes: { RedrivePolicy } }));
    const sent = await sqs.send(new SendMessageCommand({ QueueUrl: source, MessageBody: 'poison' }));
    for (let i = 0; i < 2; i++) {
      assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: source }))).Messages?.length, 1);
      await advanceClock(kumo, 6);
    }
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: source }))).Messages, undefined);
    const moved = (await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq, MessageSystemAttributeNames: ['All'] }))).Messages![0]!;
    assert.equal(moved.MessageId, sent.MessageId);
    assert.equal(moved.Body, 'poison');
    assert.equal(moved.Attributes?.DeadLetterQueueSourceArn, 'arn:aws:sqs:us-east-1:000000000000:work');

    const sources = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq }));
    assert.deepEqual(sources.queueUrls?.map((u) => u.split('/').pop()), ['work', 'work2']);
    const page = await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: dlq, MaxResults: 1 }));
    assert.equal(page.queueUrls?.length, 1);
    assert.ok(page.NextToken);
    assert.deepEqual((await sqs.send(new ListDeadLetterSourceQueuesCommand({ QueueUrl: source }))).queueUrls, []);
  });
});
