import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ChangeMessageVisibilityCommand, CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, rejects, startSqs } from './sqs-test-kit.js';

describe('SQS ChangeMessageVisibility', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('0 makes a message visible now; a longer timeout keeps it hidden', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'cmv' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }));
    const handle = (await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages![0]!.ReceiptHandle!;
    await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: handle, VisibilityTimeout: 0 }));
    const again = (await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages![0]!;
    await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: again.ReceiptHandle, VisibilityTimeout: 300 }));
    await advanceClock(kumo, 100);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined);
  });

  test('12 hours at most from the receive; a visible message is not in flight', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'cmv-limit' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x' }));
    const handle = (await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 3600 }))).Messages![0]!.ReceiptHandle!;
    await rejects(
      sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: handle, VisibilityTimeout: 43_201 })),
      'InvalidParameterValue',
      'Value 43201 for parameter VisibilityTimeout is invalid. Reason: Must be between 0 and 43200, if provided.',
    );
    await advanceClock(kumo, 1800);
    await rejects(
      sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: handle, VisibilityTimeout: 43_000 })),
      'InvalidParameterValue',
      'Value 43000 for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds]',
    );
    await advanceClock(kumo, 1801);
    await rejects(sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl, ReceiptHandle: handle, VisibilityTimeout: 10 })), 'MessageNotInflight', 'The message referred to is not in flight.');
  });
});
