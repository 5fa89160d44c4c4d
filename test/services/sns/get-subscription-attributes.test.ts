import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, GetSubscriptionAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS GetSubscriptionAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('shows what SNS keeps and computes for the subscription', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'attrs' }));
    const FilterPolicy = JSON.stringify({ kind: ['order'] });
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({
      TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q', Attributes: { RawMessageDelivery: 'True', FilterPolicy },
    }));
    const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
    assert.deepEqual(Attributes, {
      Owner: '000000000000',
      RawMessageDelivery: 'true',
      TopicArn,
      Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q',
      Protocol: 'sqs',
      PendingConfirmation: 'false',
      ConfirmationWasAuthenticated: 'true',
      SubscriptionArn,
      SubscriptionPrincipal: 'arn:aws:iam::000000000000:root',
      FilterPolicy,
      FilterPolicyScope: 'MessageAttributes',
    });
  });

  test('an http subscription shows its EffectiveDeliveryPolicy', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'web' }));
    const { SubscriptionArn } = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'http', Endpoint: 'http://127.0.0.1:9/none', ReturnSubscriptionArn: true }));
    const { Attributes } = await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }));
    const policy = JSON.parse(Attributes!.EffectiveDeliveryPolicy!) as { healthyRetryPolicy: { numRetries: number }; requestPolicy: { headerContentType: string } };
    assert.equal(policy.healthyRetryPolicy.numRetries, 3);
    assert.equal(policy.requestPolicy.headerContentType, 'text/plain; charset=UTF-8');
    assert.equal(Attributes?.PendingConfirmation, 'true');
    await rejects(sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: `${TopicArn}:00000000-0000-4000-8000-000000000000` })), 'NotFound', 'Subscription does not exist', 404);
  });
});
