import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, createQueue, receiveAll, rejects, startSns } from './sns-test-kit.js';

describe('SNS Publish to FIFO topics', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let sqs: SQSClient;
  before(async () => ({ kumo, sns, sqs } = await startSns()));
  after(() => kumo.stop());

  test('keeps order within a group into a FIFO queue, with sequence numbers and group ids', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'ordered.fifo', Attributes: { FifoTopic: 'true' } }));
    const q = await createQueue(sqs, 'ordered.fifo', { FifoQueue: 'true' });
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: q.arn, Attributes: { RawMessageDelivery: 'true' } }));
    const sequences: bigint[] = [];
    for (let i = 0; i < 5; i++) {
      const out = await sns.send(new PublishCommand({ TopicArn, Message: `m${i}`, MessageGroupId: 'g1', MessageDeduplicationId: `d${i}` }));
      assert.match(out.SequenceNumber!, /^\d{20}$/);
      sequences.push(BigInt(out.SequenceNumber!));
    }
    assert.deepEqual(sequences, [...sequences].sort((a, b) => (a < b ? -1 : 1)));
    const messages = await receiveAll(sqs, q.url, 5);
    assert.deepEqual(messages.map((m) => m.Body), ['m0', 'm1', 'm2', 'm3', 'm4']);
    assert.equal(messages[0]!.Attributes?.MessageGroupId, 'g1');
    assert.equal(messages[0]!.Attributes?.MessageDeduplicationId, 'd0');
  });

  test('a repeated deduplication id within five minutes is accepted once and delivered once', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'dedup.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } }));
    const q = await createQueue(sqs, 'dedup.fifo', { FifoQueue: 'true' });
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: q.arn }));
    const first = await sns.send(new PublishCommand({ TopicArn, Message: 'same body', MessageGroupId: 'g' }));
    const second = await sns.send(new PublishCommand({ TopicArn, Message: 'same body', MessageGroupId: 'g' }));
    assert.equal(second.MessageId, first.MessageId);
    assert.equal(second.SequenceNumber, first.SequenceNumber);
    const delivered = await receiveAll(sqs, q.url, 2);
    assert.equal(delivered.length, 1);
    const envelope = JSON.parse(delivered[0]!.Body!) as Record<string, string>;
    assert.equal(envelope.SequenceNumber, first.SequenceNumber);
    assert.equal(envelope.MessageId, first.MessageId);
    await advanceClock(kumo, 301);
    const third = await sns.send(new PublishCommand({ TopicArn, Message: 'same body', MessageGroupId: 'g' }));
    assert.notEqual(third.MessageId, first.MessageId);
  });

  test('needs a group id, and a deduplication id unless content-based deduplication is on', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'rules.fifo', Attributes: { FifoTopic: 'true' } }));
    await rejects(sns.send(new PublishCommand({ TopicArn, Message: 'm', MessageDeduplicationId: 'd' })), 'InvalidParameter', 'Invalid parameter: The MessageGroupId parameter is required for FIFO topics');
    await rejects(sns.send(new PublishCommand({ TopicArn, Message: 'm', MessageGroupId: 'g' })), 'InvalidParameter', 'Invalid parameter: The topic should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly');
  });
});
