import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, GetTopicAttributesCommand, SetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS SetTopicAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let TopicArn: string;
  before(async () => {
    ({ kumo, sns } = await startSns(['sns']));
    TopicArn = (await sns.send(new CreateTopicCommand({ Name: 'settable' }))).TopicArn!;
  });
  after(() => kumo.stop());
  const attributes = async () => (await sns.send(new GetTopicAttributesCommand({ TopicArn }))).Attributes!;

  test('sets DisplayName, Policy, KmsMasterKeyId; DeliveryPolicy changes the effective one', async () => {
    await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'DisplayName', AttributeValue: 'Shown' }));
    await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'KmsMasterKeyId', AttributeValue: 'alias/aws/sns' }));
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: TopicArn }] });
    await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'Policy', AttributeValue: policy }));
    const delivery = { http: { defaultHealthyRetryPolicy: { numRetries: 5, minDelayTarget: 1, maxDelayTarget: 10, backoffFunction: 'exponential' } } };
    await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'DeliveryPolicy', AttributeValue: JSON.stringify(delivery) }));
    const after = await attributes();
    assert.equal(after.DisplayName, 'Shown');
    assert.equal(after.KmsMasterKeyId, 'alias/aws/sns');
    assert.equal(after.Policy, policy);
    assert.deepEqual(JSON.parse(after.DeliveryPolicy!), delivery);
    const effective = JSON.parse(after.EffectiveDeliveryPolicy!) as { http: { defaultHealthyRetryPolicy: Record<string, unknown> } };
    assert.equal(effective.http.defaultHealthyRetryPolicy.numRetries, 5);
    assert.equal(effective.http.defaultHealthyRetryPolicy.numNoDelayRetries, 0);
  });

  test('an empty Policy goes back to the default', async () => {
    await sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'Policy', AttributeValue: '' }));
    assert.match((await attributes()).Policy!, /__default_policy_ID/);
  });

  test('refuses unknown attributes, FifoTopic and FIFO-only ones on a standard topic', async () => {
    await rejects(sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'Colour', AttributeValue: 'x' })), 'InvalidParameter', 'Invalid parameter: AttributeName');
    await rejects(sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'FifoTopic', AttributeValue: 'true' })), 'InvalidParameter', 'Invalid parameter: AttributeName');
    await rejects(sns.send(new SetTopicAttributesCommand({ TopicArn, AttributeName: 'ContentBasedDeduplication', AttributeValue: 'true' })), 'InvalidParameter', /only supported for FIFO topics/);
    await rejects(sns.send(new SetTopicAttributesCommand({ TopicArn: `${TopicArn}x`, AttributeName: 'DisplayName', AttributeValue: 'x' })), 'NotFound', 'Topic does not exist', 404);
  });

  test('a FIFO topic can switch content-based deduplication', async () => {
    const fifo = (await sns.send(new CreateTopicCommand({ Name: 'switch.fifo', Attributes: { FifoTopic: 'true' } }))).TopicArn!;
    await sns.send(new SetTopicAttributesCommand({ TopicArn: fifo, AttributeName: 'ContentBasedDeduplication', AttributeValue: 'true' }));
    assert.equal((await sns.send(new GetTopicAttributesCommand({ TopicArn: fifo }))).Attributes?.ContentBasedDeduplication, 'true');
  });
});
