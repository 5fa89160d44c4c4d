// Several Kumos in one test process keep their own state and background work: stopping one
// leaves the other's long polls, deliveries and schedules running.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { startKumo } from '../src/index.js';

test('stopping one embedded Kumo leaves another serving with its own state', async () => {
  const [a, b] = await Promise.all([startKumo({ port: 0 }), startKumo({ port: 0 })]);
  try {
    const sqsA = new SQSClient(a.clientConfig);
    const sqsB = new SQSClient(b.clientConfig);
    const sns = new SNSClient(b.clientConfig);
    const queueA = (await sqsA.send(new CreateQueueCommand({ QueueName: 'only-in-a' }))).QueueUrl!;
    const queueB = (await sqsB.send(new CreateQueueCommand({ QueueName: 'in-b' }))).QueueUrl!;
    assert.ok(queueA.includes(String(a.port)) && queueB.includes(String(b.port)));
    await assert.rejects(sqsB.send(new SendMessageCommand({ QueueUrl: queueB.replace('in-b', 'only-in-a'), MessageBody: 'x' })), { name: 'QueueDoesNotExist' });

    const topic = (await sns.send(new CreateTopicCommand({ Name: 'fan' }))).TopicArn!;
    await sns.send(new SubscribeCommand({ TopicArn: topic, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:in-b', Attributes: { RawMessageDelivery: 'true' } }));

    await a.stop();

    // B's long poll still wakes on its own delivery after A has stopped.
    const polled = sqsB.send(new ReceiveMessageCommand({ QueueUrl: queueB, WaitTimeSeconds: 10 }));
    await sns.send(new PublishCommand({ TopicArn: topic, Message: 'still here' }));
    const received = await polled;
    assert.equal(received.Messages?.[0]?.Body, 'still here');
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
});
