import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, DeleteTopicCommand, GetTopicAttributesCommand, ListSubscriptionsCommand, ListTopicsCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS DeleteTopic', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('deletes the topic and its subscriptions', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'gone' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' }));
    await sns.send(new DeleteTopicCommand({ TopicArn }));
    await rejects(sns.send(new GetTopicAttributesCommand({ TopicArn })), 'NotFound', 'Topic does not exist', 404);
    assert.deepEqual((await sns.send(new ListTopicsCommand({}))).Topics ?? [], []);
    assert.deepEqual((await sns.send(new ListSubscriptionsCommand({}))).Subscriptions ?? [], []);
  });

  test('deleting a topic that does not exist succeeds; a malformed ARN does not', async () => {
    await sns.send(new DeleteTopicCommand({ TopicArn: 'arn:aws:sns:us-east-1:000000000000:never' }));
    await rejects(sns.send(new DeleteTopicCommand({ TopicArn: 'not-an-arn' })), 'InvalidParameter', 'Invalid parameter: TopicArn');
  });
});
