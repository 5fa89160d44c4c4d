import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, rejects, startSqs } from './sqs-test-kit.js';

describe('SQS ReceiveMessage', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  const queue = async (QueueName: string, Attributes?: Record<string, string>) => (await sqs.send(new CreateQueueCommand({ QueueName, Attributes }))).QueueUrl!;

  test('up to MaxNumberOfMessages, hidden for the visibility timeout, visible again when the clock passes it', async () => {
    const QueueUrl = await queue('vis');
    for (let i = 0; i < 12; i++) await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: `m${i}` }));
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 20 }));
    assert.equal(first.Messages?.length, 10);
    const rest = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    assert.equal(rest.Messages?.length, 2);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }))).Messages, undefined);
    await advanceClock(kumo, 21);
    const again = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['ApproximateReceiveCount'] }));
    assert.equal(again.Messages?.length, 10);
    assert.ok(again.Messages?.every((m) => m.Attributes?.ApproximateReceiveCount === '2'));
  });

  test('selects system attributes and message attributes by name, All and prefix.*', async () => {
    const QueueUrl = await queue('attrs');
    await sqs.send(new SendMessageCommand({
      QueueUrl,
      MessageBody: 'x',
      MessageAttributes: {
        'foo.a': { DataType: 'String', StringValue: '1' },
        'foo.b': { DataType: 'Number', StringValue: '2' },
        bar: { DataType: 'Binary', BinaryValue: new Uint8Array([1, 2]) },
      },
    }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['foo.*'], AttributeNames: ['SentTimestamp'], VisibilityTimeout: 0 }));
    assert.deepEqual(Object.keys(Messages![0]!.MessageAttributes!).sort(), ['foo.a', 'foo.b']);
    assert.deepEqual(Object.keys(Messages![0]!.Attributes!), ['SentTimestamp']);
    const all = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['All'], VisibilityTimeout: 0 }));
    const message = all.Messages![0]!;
    assert.deepEqual(message.MessageAttributes?.bar?.BinaryValue, new Uint8Array([1, 2]));
    assert.deepEqual(Object.keys(message.Attributes!).sort(), ['ApproximateFirstReceiveTimestamp', 'ApproximateReceiveCount', 'SenderId', 'SentTimestamp']);
    const none = await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 0 }));
    assert.equal(none.Messages![0]!.MessageAttributes, undefined);
    assert.equal(none.Messages![0]!.MD5OfMessageAttributes, undefined);
  });

  test('long polling answers as soon as a message is sent, and after the wait time with none', async () => {
    const QueueUrl = await queue('long');
    const started = Date.now();
    const waiting = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'wake' }));
    assert.equal((await waiting).Messages?.[0]?.Body, 'wake');
    assert.ok(Date.now() - started < 2000);

    const empty = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await advanceClock(kumo, 20);
    assert.equal((await empty).Messages, undefined);
  });

  test('a long poll wakes when a delayed message turns visible on the clock', async () => {
    const QueueUrl = await queue('long-delay');
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'soon', DelaySeconds: 5 }));
    const waiting = sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 20 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await advanceClock(kumo, 6);
    assert.equal((await waiting).Messages?.[0]?.Body, 'soon');
  });

  test('FIFO: group order, a group blocked while it has a message in flight, ReceiveRequestAttemptId retries', async () => {
    const QueueUrl = await queue('order.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' });
    for (const [group, body] of [['a', 'a1'], ['b', 'b1'], ['a', 'a2'], ['b', 'b2']]) {
      await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: body, MessageGroupId: group }));
    }
    const first = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1, ReceiveRequestAttemptId: 'try-1', MessageSystemAttributeNames: ['All'] }));
    assert.equal(first.Messages?.[0]?.Body, 'a1');
    assert.equal(first.Messages?.[0]?.Attributes?.MessageGroupId, 'a');
    assert.match(first.Messages?.[0]?.Attributes?.SequenceNumber ?? '', /^\d{20}$/);
    const retry = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 1, ReceiveRequestAttemptId: 'try-1' }));
    assert.equal(retry.Messages?.[0]?.ReceiptHandle, first.Messages?.[0]?.ReceiptHandle);
    // Group a is blocked while a1 is in flight: only group b comes, in order.
    const next = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    assert.deepEqual(next.Messages?.map((m) => m.Body), ['b1', 'b2']);
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: first.Messages![0]!.ReceiptHandle }));
    assert.deepEqual((await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }))).Messages?.map((m) => m.Body), ['a2']);
  });

  test('validates the limits', async () => {
    const QueueUrl = await queue('limits');
    await rejects(sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 11 })), 'InvalidParameterValue', 'Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.');
    await rejects(sqs.send(new ReceiveMessageCommand({ QueueUrl, WaitTimeSeconds: 21 })), 'InvalidParameterValue', 'Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.');
    await rejects(sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 43201 })), 'InvalidParameterValue', /parameter VisibilityTimeout is invalid/);
  });
});
