import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, GetSubscriptionAttributesCommand, SetSubscriptionAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS SetSubscriptionAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let SubscriptionArn: string;
  before(async () => {
    ({ kumo, sns } = await startSns(['sns']));
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'set' }));
    SubscriptionArn = (await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: 'arn:aws:sqs:us-east-1:000000000000:q' }))).SubscriptionArn!;
  });
  after(() => kumo.stop());
  const set = (AttributeName: string, AttributeValue: string) => sns.send(new SetSubscriptionAttributesCommand({ SubscriptionArn, AttributeName, AttributeValue }));
  const get = async () => (await sns.send(new GetSubscriptionAttributesCommand({ SubscriptionArn }))).Attributes!;

  test('sets raw delivery, a body filter policy and a redrive policy; empty values remove them', async () => {
    await set('RawMessageDelivery', 'true');
    await set('FilterPolicyScope', 'MessageBody');
    await set('FilterPolicy', JSON.stringify({ order: { total: [{ numeric: ['>', 100] }] } }));
    const RedrivePolicy = JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:us-east-1:000000000000:dlq' });
    await set('RedrivePolicy', RedrivePolicy);
    let attributes = await get();
    assert.equal(attributes.RawMessageDelivery, 'true');
    assert.equal(attributes.FilterPolicyScope, 'MessageBody');
    assert.equal(attributes.RedrivePolicy, RedrivePolicy);
    await set('FilterPolicy', '');
    await set('RedrivePolicy', '');
    attributes = await get();
    assert.equal(attributes.FilterPolicy, undefined);
    assert.equal(attributes.FilterPolicyScope, undefined);
    assert.equal(attributes.RedrivePolicy, undefined);
  });

  test('a nested policy needs the MessageBody scope; switching scope re-checks the policy', async () => {
    await set('FilterPolicyScope', 'MessageAttributes');
    await rejects(set('FilterPolicy', JSON.stringify({ a: { b: ['c'] } })), 'InvalidParameter', 'Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy');
    await set('FilterPolicyScope', 'MessageBody');
    await set('FilterPolicy', JSON.stringify({ a: { b: ['c'] } }));
    await rejects(set('FilterPolicyScope', 'MessageAttributes'), 'InvalidParameter', 'Invalid parameter: Filter policy scope MessageAttributes does not support nested filter policy');
  });

  test('refuses bad names and values with AWS\'s messages', async () => {
    await rejects(set('Colour', 'x'), 'InvalidParameter', 'Invalid parameter: AttributeName');
    await rejects(set('RawMessageDelivery', 'yes'), 'InvalidParameter', 'Invalid parameter: RawMessageDelivery: Invalid value [yes]. Must be true or false.');
    await rejects(set('FilterPolicyScope', 'Body'), 'InvalidParameter', 'Invalid parameter: FilterPolicyScope: Invalid value [Body]. Please use either MessageBody or MessageAttributes');
    await rejects(set('FilterPolicy', JSON.stringify({ a: [{ wildcard: 'x*' }] })), 'InvalidParameter', 'Invalid parameter: FilterPolicy: Unrecognized match type wildcard');
    await rejects(set('FilterPolicy', JSON.stringify({ a: Array.from({ length: 151 }, (_, i) => String(i)) })), 'InvalidParameter', 'Invalid parameter: FilterPolicy: Filter policy is too complex');
    await rejects(set('FilterPolicy', JSON.stringify({ a: ['1'], b: ['1'], c: ['1'], d: ['1'], e: ['1'], f: ['1'] })), 'InvalidParameter', 'Invalid parameter: FilterPolicy: Filter policy can not have more than 5 keys');
    await rejects(set('RedrivePolicy', JSON.stringify({ deadLetterTargetArn: 'nope' })), 'InvalidParameter', 'Invalid parameter: RedrivePolicy: deadLetterTargetArn is an invalid arn');
    await rejects(set('DeliveryPolicy', '{}'), 'InvalidParameter', /only supported for HTTP\/S subscriptions/);
  });
});
