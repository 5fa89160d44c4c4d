import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, GetDataProtectionPolicyCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS GetDataProtectionPolicy', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('returns the policy given at creation, empty when none', async () => {
    const policy = JSON.stringify({ Name: 'p', Version: '2021-06-01', Statement: [] });
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'dpp', DataProtectionPolicy: policy }));
    assert.equal((await sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: TopicArn }))).DataProtectionPolicy, policy);
    const bare = (await sns.send(new CreateTopicCommand({ Name: 'nodpp' }))).TopicArn;
    assert.equal((await sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: bare }))).DataProtectionPolicy ?? '', '');
    await rejects(sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: 'arn:aws:sns:us-east-1:000000000000:none' })), 'NotFound', 'Topic does not exist', 404);
  });
});
