import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, DeleteMessageBatchCommand, ReceiveMessageCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS DeleteMessageBatch', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  test('deletes each entry, reporting bad handles per entry; batch-level checks first', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'delb' }));
    await sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: '1', MessageBody: 'a' }, { Id: '2', MessageBody: 'b' }] }));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }));
    const result = await sqs.send(new DeleteMessageBatchCommand({
      QueueUrl,
      Entries: [...Messages!.map((m, i) => ({ Id: `m${i}`, ReceiptHandle: m.ReceiptHandle })), { Id: 'bad', ReceiptHandle: 'nope' }],
    }));
    assert.deepEqual(result.Successful?.map((s) => s.Id), ['m0', 'm1']);
    assert.deepEqual(result.Failed, [{ Id: 'bad', SenderFault: true, Code: 'ReceiptHandleIsInvalid', Message: 'The input receipt handle "nope" is not a valid receipt handle.' }]);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl }))).Messages, undefined);

    await rejects(sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: [] })), 'EmptyBatchRequest', 'There should be at least one DeleteMessageBatchRequestEntry in the request.');
    await rejects(
      sqs.send(new DeleteMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'a', ReceiptHandle: 'x' }, { Id: 'a', ReceiptHandle: 'y' }] })),
      'BatchEntryIdsNotDistinct',
      'Id a repeated.',
    );
  });
});
