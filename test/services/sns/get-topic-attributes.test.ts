import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, GetTopicAttributesCommand, SNSClient, SubscribeCommand, UnsubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS GetTopicAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('shows AWS\'s default policy and delivery policy, owner and subscription counts', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'counted' }));
    const sqs = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: 'a@example.com' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'lambda', Endpoint: 'arn:aws:lambda:us-east-1:000000000000:function:f' }));
    await sns.send(new UnsubscribeCommand({ SubscriptionArn: sqs.SubscriptionArn }));
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    assert.equal(Attributes?.TopicArn, TopicArn);
    assert.equal(Attributes?.Owner, '000000000000');
    assert.equal(Attributes?.DisplayName, '');
    assert.deepEqual([Attributes?.SubscriptionsConfirmed, Attributes?.SubscriptionsPending, Attributes?.SubscriptionsDeleted], ['1', '1', '1']);
    const policy = JSON.parse(Attributes!.Policy!) as { Id: string; Statement: Array<{ Action: string[]; Resource: string; Condition: unknown }> };
    assert.equal(policy.Id, '__default_policy_ID');
    assert.equal(policy.Statement[0]!.Resource, TopicArn);
    assert.ok(policy.Statement[0]!.Action.includes('SNS:Publish'));
    assert.deepEqual(policy.Statement[0]!.Condition, { StringEquals: { 'AWS:SourceOwner': '000000000000' } });
    const delivery = JSON.parse(Attributes!.EffectiveDeliveryPolicy!) as { http: { defaultHealthyRetryPolicy: { numRetries: number; minDelayTarget: number } } };
    assert.equal(delivery.http.defaultHealthyRetryPolicy.numRetries, 3);
    assert.equal(delivery.http.defaultHealthyRetryPolicy.minDelayTarget, 20);
  });

  test('a FIFO topic shows FifoTopic and ContentBasedDeduplication', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'f.fifo', Attributes: { FifoTopic: 'true' } }));
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    assert.equal(Attributes?.FifoTopic, 'true');
    assert.equal(Attributes?.ContentBasedDeduplication, 'false');
  });

  test('a missing topic is NotFound (404); another region\'s ARN reads that region', async () => {
    await rejects(sns.send(new GetTopicAttributesCommand({ TopicArn: 'arn:aws:sns:us-east-1:000000000000:none' })), 'NotFound', 'Topic does not exist', 404);
    const eu = new SNSClient({ ...kumo.clientConfig, region: 'eu-west-1' });
    const { TopicArn } = await eu.send(new CreateTopicCommand({ Name: 'eu-topic' }));
    assert.equal((await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes?.TopicArn, TopicArn);
  });
});
