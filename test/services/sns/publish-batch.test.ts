import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, PublishBatchCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createQueue, receiveAll, rejects, startSns } from './sns-test-kit.js';

describe('SNS PublishBatch', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let sqs: SQSClient;
  before(async () => ({ kumo, sns, sqs } = await startSns()));
  after(() => kumo.stop());

  test('publishes each entry; a bad entry fails alone', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'batch' }));
    const q = await createQueue(sqs, 'batch-q');
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: q.arn, Attributes: { RawMessageDelivery: 'true' } }));
    const out = await sns.send(new PublishBatchCommand({
      TopicArn,
      PublishBatchRequestEntries: [
        { Id: 'one', Message: 'first' },
        { Id: 'two', Message: '' },
        { Id: 'three', Message: 'third', MessageAttributes: { k: { DataType: 'String', StringValue: 'v' } } },
      ],
    }));
    assert.deepEqual(out.Successful?.map((s) => s.Id), ['one', 'three']);
    assert.ok(out.Successful?.every((s) => /^[0-9a-f-]{36}$/.test(s.MessageId!)));
    assert.deepEqual(out.Failed, [{ Id: 'two', Code: 'InvalidParameter', Message: 'Invalid parameter: Empty message', SenderFault: true }]);
    const bodies = (await receiveAll(sqs, q.url, 2)).map((m) => m.Body).sort();
    assert.deepEqual(bodies, ['first', 'third']);
  });

  test('batch-level errors: empty, more than ten, repeated or bad ids, too long', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'batch-errors' }));
    const send = (PublishBatchRequestEntries: Array<{ Id: string; Message: string }>) => sns.send(new PublishBatchCommand({ TopicArn, PublishBatchRequestEntries }));
    await rejects(send([]), 'EmptyBatchRequest', "The batch request doesn't contain any entries.");
    await rejects(send(Array.from({ length: 11 }, (_, i) => ({ Id: `m${i}`, Message: 'x' }))), 'TooManyEntriesInBatchRequest', 'The batch request contains more entries than permissible.');
    await rejects(send([{ Id: 'a', Message: 'x' }, { Id: 'a', Message: 'y' }]), 'BatchEntryIdsNotDistinct', 'Two or more batch entries in the request have the same Id.');
    await rejects(send([{ Id: 'bad id!', Message: 'x' }]), 'InvalidBatchEntryId', "The Id of a batch entry in a batch request doesn't abide by the specification.");
    await rejects(send([{ Id: 'a', Message: 'x'.repeat(200_000) }, { Id: 'b', Message: 'y'.repeat(100_000) }]), 'BatchRequestTooLong', 'The length of all the messages put together is more than the limit.');
  });

  test('FIFO batches get increasing sequence numbers', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'batch.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } }));
    const out = await sns.send(new PublishBatchCommand({
      TopicArn,
      PublishBatchRequestEntries: [{ Id: 'a', Message: 'a', MessageGroupId: 'g' }, { Id: 'b', Message: 'b', MessageGroupId: 'g' }, { Id: 'c', Message: 'c' }],
    }));
    const [a, b] = out.Successful!;
    assert.ok(BigInt(b!.SequenceNumber!) > BigInt(a!.SequenceNumber!));
    assert.equal(out.Failed?.[0]?.Id, 'c');
    assert.equal(out.Failed?.[0]?.Message, 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics');
  });
});
