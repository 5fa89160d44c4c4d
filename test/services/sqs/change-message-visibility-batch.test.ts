import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ChangeMessageVisibilityBatchCommand, CreateQueueCommand, ReceiveMessageCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS ChangeMessageVisibilityBatch', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('changes each entry and reports failures per entry', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'cmvb' }));
    await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: '1', MessageBody: 'a' }, { Id: '2', MessageBody: 'b' }] }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    const result = await sqs.send(new ChangeMessageVisibilityBatchCommand({
      QueueUrl,
      Entries: [
        { Id: 'a', ReceiptHandle: Messages![0]!.ReceiptHandle, VisibilityTimeout: 0 },
        { Id: 'b', ReceiptHandle: Messages![1]!.ReceiptHandle, VisibilityTimeout: 50_000 },
      ],
    }));
    assert.deepEqual(result.Successful, [{ Id: 'a' }]);
    assert.equal(result.Failed?.[0]?.Id, 'b');
    assert.equal(result.Failed?.[0]?.Code, 'InvalidParameterValue');
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }))).Messages?.length, 1);
    await rejects(sqs.send(new ChangeMessageVisibilityBatchCommand({ QueueUrl, Entries: [] })), 'EmptyBatchRequest', 'There should be at least one ChangeMessageVisibilityBatchRequestEntry in the request.');
  });
});
