import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateSMSSandboxPhoneNumberCommand, ListSMSSandboxPhoneNumbersCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { recordedMessages, rejects, startSns } from './sns-test-kit.js';

describe('SNS CreateSMSSandboxPhoneNumber', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('adds the number as Pending and texts it a six-digit code, recorded for tests', async () => {
    await sns.send(new CreateSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550133', LanguageCode: 'en-GB' }));
    assert.deepEqual((await sns.send(new ListSMSSandboxPhoneNumbersCommand({}))).PhoneNumbers, [{ PhoneNumber: '+15555550133', Status: 'Pending' }]);
    const [text] = await recordedMessages(kumo, { endpoint: '+15555550133', type: 'SandboxVerification' });
    assert.match(text!.token!, /^\d{6}$/);
    assert.ok(text!.message.includes(text!.token!));
  });

  test('refuses numbers not in E.164 and unknown languages', async () => {
    await rejects(sns.send(new CreateSMSSandboxPhoneNumberCommand({ PhoneNumber: '5550133' })), 'InvalidParameter', 'Invalid parameter: PhoneNumber Reason: input incorrectly formatted');
    await rejects(sns.send(new CreateSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550134', LanguageCode: 'xx-XX' as 'en-US' })), 'InvalidParameter', 'Invalid parameter: LanguageCode');
  });
});
