import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, rejects, startSqs } from './sqs-test-kit.js';

describe('SQS SendMessage', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  let QueueUrl: string;
  before(async () => {
    ({ kumo, sqs } = await startSqs());
    QueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'send' }))).QueueUrl!;
  });
  after(() => kumo.stop());

  test('answers AWS digests (the SDK verifies them) and keeps attributes', async () => {
    const sent = await sqs.send(new SendMessageCommand({
      QueueUrl,
      MessageBody: 'hello',
      MessageAttributes: { attribName1: { DataType: 'String', StringValue: 'attribValue 1' } },
      MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String', StringValue: 'Root=1-5759e988-bd862e3fe1be46a994272793' } },
    }));
    assert.equal(sent.MD5OfMessageBody, '5d41402abc4b2a76b9719d911017c592');
    assert.equal(sent.MD5OfMessageAttributes, '19e27d4e946b072f3f58da80d94fd778');
    assert.match(sent.MD5OfMessageSystemAttributes!, /^[0-9a-f]{32}$/);
    assert.match(sent.MessageId!, /^[0-9a-f-]{36}$/);
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['AWSTraceHeader'] }));
    assert.equal(Messages?.[0]?.MessageId, sent.MessageId);
    assert.deepEqual(Messages?.[0]?.MessageAttributes, { attribName1: { DataType: 'String', StringValue: 'attribValue 1' } });
    assert.deepEqual(Messages?.[0]?.Attributes, { AWSTraceHeader: 'Root=1-5759e988-bd862e3fe1be46a994272793' });
  });

  test('DelaySeconds hides a message until Kumo\'s clock passes it', async () => {
    const { QueueUrl: url } = await sqs.send(new CreateQueueCommand({ QueueName: 'delayed' }));
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'later', DelaySeconds: 120 }));
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages, undefined);
    await advanceClock(kumo, 121);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages?.[0]?.Body, 'later');
  });

  test('a delay queue delays every message', async () => {
    const { QueueUrl: url } = await sqs.send(new CreateQueueCommand({ QueueName: 'delay-queue', Attributes: { DelaySeconds: '30' } }));
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x' }));
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages, undefined);
    await advanceClock(kumo, 31);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages?.length, 1);
  });

  test('messages expire after the retention period', async () => {
    const { QueueUrl: url } = await sqs.send(new CreateQueueCommand({ QueueName: 'short-lived', Attributes: { MessageRetentionPeriod: '60' } }));
    await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x' }));
    await advanceClock(kumo, 61);
    assert.equal((await sqs.send(new ReceiveMessageCommand({ QueueUrl: url }))).Messages, undefined);
  });

  test('validates body, size, delay and attributes with AWS\'s messages', async () => {
    await rejects(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: '' })), 'MissingParameter', 'The request must contain the parameter MessageBody.');
    await rejects(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'a\u0001' })), 'InvalidMessageContents', /^Invalid binary character '#x1' was found in the message body/);
    await rejects(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x'.repeat(262_145) })),
      'InvalidParameterValue',
      'One or more parameters are invalid. Reason: Message must be shorter than 262144 bytes.',
    );
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x'.repeat(262_144) }));
    await rejects(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', DelaySeconds: 901 })), 'InvalidParameterValue', 'Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.');
    await rejects(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageAttributes: { n: { DataType: 'Number', StringValue: 'abc' } } })),
      'InvalidParameterValue',
      "Can't cast the value of message (user) attribute 'n' to a number.",
    );
    await rejects(
      sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageAttributes: { s: { DataType: 'String', StringValue: '' } } })),
      'InvalidParameterValue',
      "The message attribute 's' must contain non-empty message attribute value for message attribute type 'String'.",
    );
    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`a${i}`, { DataType: 'String', StringValue: 'v' }]));
    await rejects(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageAttributes: eleven })), 'InvalidParameterValue', 'Number of message attributes [11] exceeds the allowed maximum [10].');
    await rejects(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageDeduplicationId: 'd' })), 'InvalidParameterValue', /parameter MessageDeduplicationId is invalid/);
  });

  test('FIFO: group id required, 5-minute deduplication (explicit and content-based), sequence numbers', async () => {
    const { QueueUrl: url } = await sqs.send(new CreateQueueCommand({ QueueName: 'f.fifo', Attributes: { FifoQueue: 'true' } }));
    await rejects(sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x', MessageDeduplicationId: 'd' })), 'MissingParameter', 'The request must contain the parameter MessageGroupId.');
    await rejects(
      sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x', MessageGroupId: 'g' })),
      'InvalidParameterValue',
      'The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly',
    );
    await rejects(sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'x', MessageGroupId: 'g', MessageDeduplicationId: 'd', DelaySeconds: 5 })), 'InvalidParameterValue', /DelaySeconds is invalid/);
    const first = await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'one', MessageGroupId: 'g', MessageDeduplicationId: 'd1' }));
    const duplicate = await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'one again', MessageGroupId: 'g', MessageDeduplicationId: 'd1' }));
    const second = await sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: 'two', MessageGroupId: 'g', MessageDeduplicationId: 'd2' }));
    assert.equal(duplicate.MessageId, first.MessageId);
    assert.match(first.SequenceNumber!, /^\d{20}$/);
    assert.ok(BigInt(second.SequenceNumber!) > BigInt(first.SequenceNumber!));
    const { Messages } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10 }));
    assert.deepEqual(Messages?.map((m) => m.Body), ['one', 'two']);

    const { QueueUrl: cbd } = await sqs.send(new CreateQueueCommand({ QueueName: 'cbd.fifo', Attributes: { FifoQueue: 'true', ContentBasedDeduplication: 'true' } }));
    const a = await sqs.send(new SendMessageCommand({ QueueUrl: cbd, MessageBody: 'same', MessageGroupId: 'g' }));
    const b = await sqs.send(new SendMessageCommand({ QueueUrl: cbd, MessageBody: 'same', MessageGroupId: 'g' }));
    assert.equal(b.MessageId, a.MessageId);
    await advanceClock(kumo, 301);
    const c = await sqs.send(new SendMessageCommand({ QueueUrl: cbd, MessageBody: 'same', MessageGroupId: 'g' }));
    assert.notEqual(c.MessageId, a.MessageId);
  });

  test('list attribute values are refused for the whole request with UnsupportedOperation', async () => {
    await rejects(sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'x', MessageAttributes: { tags: { DataType: 'String', StringListValues: ['a', 'b'] } } })),
      'UnsupportedOperation', 'Message attribute list values in SendMessage operation are not supported.');
  });
});
