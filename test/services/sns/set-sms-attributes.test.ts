import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetSMSAttributesCommand, SetSMSAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS SetSMSAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('stores the account\'s SMS preferences; an empty value clears one', async () => {
    await sns.send(new SetSMSAttributesCommand({ attributes: { DefaultSMSType: 'Transactional', DefaultSenderID: 'Kumo1', MonthlySpendLimit: '1' } }));
    await sns.send(new SetSMSAttributesCommand({ attributes: { MonthlySpendLimit: '' } }));
    assert.deepEqual((await sns.send(new GetSMSAttributesCommand({}))).attributes, { DefaultSMSType: 'Transactional', DefaultSenderID: 'Kumo1' });
  });

  test('refuses unknown names and bad values', async () => {
    await rejects(sns.send(new SetSMSAttributesCommand({ attributes: { test: 'test' } })), 'InvalidParameter', 'Invalid parameter: test');
    await rejects(sns.send(new SetSMSAttributesCommand({ attributes: { DefaultSMSType: 'Urgent' } })),
      'InvalidParameter', 'Invalid parameter: DefaultSMSType Reason: must be Promotional or Transactional');
    await rejects(sns.send(new SetSMSAttributesCommand({ attributes: { DeliveryStatusSuccessSamplingRate: '150' } })),
      'InvalidParameter', 'Invalid parameter: DeliveryStatusSuccessSamplingRate Reason: must be an integer from 0 to 100');
  });
});
