import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, GetDataProtectionPolicyCommand, PutDataProtectionPolicyCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS PutDataProtectionPolicy', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('stores the policy; a policy that is not a JSON object is refused', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'dpp' }));
    const policy = JSON.stringify({ Name: 'mask', Version: '2021-06-01', Statement: [{ Sid: 's', DataIdentifier: ['arn:aws:dataprotection::aws:data-identifier/EmailAddress'], Operation: { Audit: {} } }] });
    await sns.send(new PutDataProtectionPolicyCommand({ ResourceArn: TopicArn, DataProtectionPolicy: policy }));
    assert.equal((await sns.send(new GetDataProtectionPolicyCommand({ ResourceArn: TopicArn }))).DataProtectionPolicy, policy);
    await rejects(sns.send(new PutDataProtectionPolicyCommand({ ResourceArn: TopicArn, DataProtectionPolicy: 'nope' })), 'InvalidParameter', 'Invalid parameter: DataProtectionPolicy');
  });
});
