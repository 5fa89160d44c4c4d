import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, DeleteMessageCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, rejects, startSqs } from './sqs-test-kit.js';

describe('SQS DeleteMessage', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  const count = async (QueueUrl: string) => {
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }));
    return Number(Attributes!.ApproximateNumberOfMessages) + Number(Attributes!.ApproximateNumberOfMessagesNotVisible);
  };

  test('the newest receipt handle deletes; one from an earlier receive is stale', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'del' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }));
    const old = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 5 }))).Messages![0]!;
    await advanceClock(kumo, 6);
    const current = (await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages![0]!;
    assert.notEqual(current.ReceiptHandle, old.ReceiptHandle);
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: old.ReceiptHandle }));
    assert.equal(await count(QueueUrl!), 1);
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: current.ReceiptHandle }));
    assert.equal(await count(QueueUrl!), 0);
    // Deleting again is not an error.
    await sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: current.ReceiptHandle }));
  });

  test('a FIFO queue refuses an expired receipt handle; garbage is ReceiptHandleIsInvalid', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'del.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' } }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageGroupId: 'g' }));
    const message = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 5 }))).Messages![0]!;
    await advanceClock(kumo, 6);
    await rejects(sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: message.ReceiptHandle })), 'InvalidParameterValue', /Reason: The receipt handle has expired\.$/);
    await rejects(sqs.send(new DeleteMessageCommand({ QueueUrl, ReceiptHandle: 'garbage' })), 'ReceiptHandleIsInvalid', 'The input receipt handle "garbage" is not a valid receipt handle.', 404);
  });
});
