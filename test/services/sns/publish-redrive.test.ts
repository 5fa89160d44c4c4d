import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { DeleteQueueCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createQueue, receive, startSns } from './sns-test-kit.js';

describe('SNS subscription dead-letter queues', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let sqs: SQSClient;
  before(async () => ({ kumo, sns, sqs } = await startSns()));
  after(() => kumo.stop());

  test('a message SNS cannot deliver to its queue goes to the RedrivePolicy queue', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'redrive' }));
    const target = await createQueue(sqs, 'soon-gone');
    const dlq = await createQueue(sqs, 'sns-dlq');
    await sns.send(new SubscribeCommand({
      TopicArn, Protocol: 'sqs', Endpoint: target.arn,
      Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn }) },
    }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'first' }));
    assert.equal((JSON.parse((await receive(sqs, target.url))[0]!.Body!) as { Message: string }).Message, 'first');
    await sqs.send(new DeleteQueueCommand({ QueueUrl: target.url }));
    const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Message: 'second' }));
    const [dead] = await receive(sqs, dlq.url);
    const envelope = JSON.parse(dead!.Body!) as { Message: string; MessageId: string };
    assert.equal(envelope.Message, 'second');
    assert.equal(envelope.MessageId, MessageId);
  });

  test('without a RedrivePolicy an undeliverable message is dropped and Publish still succeeds', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'no-redrive' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:never-created' }));
    assert.match((await sns.send(new PublishCommand({ TopicArn, Message: 'lost' }))).MessageId!, /^[0-9a-f-]{36}$/);
  });
});
