import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { advanceClock, rejects, startSqs } from './sqs-test-kit.js';

describe('SQS GetQueueAttributes', () => {
  let kumo: EmbeddedKumo;
  let sqs: SQSClient;
  before(async () => ({ kumo, sqs } = await startSqs()));
  after(() => kumo.stop());

  const counters = async (QueueUrl: string): Promise<string[]> => {
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({
      QueueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
    }));
    return [Attributes!.ApproximateNumberOfMessages!, Attributes!.ApproximateNumberOfMessagesNotVisible!, Attributes!.ApproximateNumberOfMessagesDelayed!];
  };

  test('approximate counters follow visible, in-flight and delayed messages on the clock', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'counted' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'a' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'b' }));
    await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'later', DelaySeconds: 60 }));
    assert.deepEqual(await counters(QueueUrl!), ['2', '0', '1']);
    await sqs.send(new ReceiveMessageCommand({ QueueUrl, VisibilityTimeout: 30 }));
    assert.deepEqual(await counters(QueueUrl!), ['1', '1', '1']);
    await advanceClock(kumo, 61);
    assert.deepEqual(await counters(QueueUrl!), ['3', '0', '0']);
  });

  test('no names means no attributes; unknown names are refused', async () => {
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'plain' }));
    assert.equal((await sqs.send(new GetQueueAttributesCommand({ QueueUrl }))).Attributes, undefined);
    await rejects(sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Nope' as 'All'] })), 'InvalidAttributeName', 'Unknown Attribute Nope.');
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['CreatedTimestamp', 'QueueArn'] }));
    assert.deepEqual(Object.keys(Attributes!).sort(), ['CreatedTimestamp', 'QueueArn']);
    assert.match(Attributes!.CreatedTimestamp!, /^\d{10}$/);
  });
});
