import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSqs } from './sqs-test-kit.js';

describe('SQS SendMessageBatch', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  let QueueUrl: string;
  before(async () => {
    ({ kumo, sqs } = await startSqs());
    QueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'batch' }))).QueueUrl!;
  });
  after(() => kumo.stop());

  test('each entry succeeds or fails on its own, with digests the SDK verifies', async () => {
    const result = await sqs.send(new SendMessageBatchCommand({
      QueueUrl,
      Entries: [
        { Id: 'ok', MessageBody: 'hello', MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } } },
        { Id: 'late', MessageBody: 'x', DelaySeconds: 1000 },
        { Id: 'ok2', MessageBody: 'world' },
      ],
    }));
    assert.deepEqual(result.Successful?.map((s) => [s.Id, s.MD5OfMessageBody]), [['ok', '5d41402abc4b2a76b9719d911017c592'], ['ok2', '7d793037a0760186574b0282f2f435e7']]);
    assert.deepEqual(result.Failed, [{ Id: 'late', SenderFault: true, Code: 'InvalidParameterValue', Message: 'Value 1000 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.' }]);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl, MaxNumberOfMessages: 10 }))).Messages?.length, 2);
  });

  test('batch checks: empty, more than 10, bad ids, repeated ids, total size', async () => {
    await rejects(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [] })), 'EmptyBatchRequest', 'There should be at least one SendMessageBatchRequestEntry in the request.');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ Id: `e${i}`, MessageBody: 'x' }));
    await rejects(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: eleven })), 'TooManyEntriesInBatchRequest', 'Maximum number of entries per request are 10. You have sent 11.');
    await rejects(
      sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'bad id!', MessageBody: 'x' }] })),
      'InvalidBatchEntryId',
      'A batch entry id can only contain alphanumeric characters, hyphens and underscores. It can be at most 80 letters long.',
    );
    await rejects(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'a', MessageBody: 'x' }, { Id: 'a', MessageBody: 'y' }] })), 'BatchEntryIdsNotDistinct', 'Id a repeated.');
    const big = [{ Id: 'a', MessageBody: 'x'.repeat(200_000) }, { Id: 'b', MessageBody: 'y'.repeat(100_000) }];
    await rejects(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: big })), 'BatchRequestTooLong', 'Batch requests cannot be longer than 262144 bytes. You have sent 300000 bytes.');
  });

  test('list attribute values are refused for the whole request with UnsupportedOperation', async () => {
    await rejects(sqs.send(new SendMessageBatchCommand({ QueueUrl, Entries: [{ Id: 'ok', MessageBody: 'fine' }, { Id: 'list', MessageBody: 'x', MessageAttributes: { tags: { DataType: 'String', StringListValues: ['a'] } } }] })),
      'UnsupportedOperation', 'Message attribute list values in SendMessageBatch operation are not supported.');
  });
});
