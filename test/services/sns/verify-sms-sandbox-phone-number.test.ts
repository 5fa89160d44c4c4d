import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateSMSSandboxPhoneNumberCommand, ListSMSSandboxPhoneNumbersCommand, SNSClient, VerifySMSSandboxPhoneNumberCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { recordedMessages, startSns } from './sns-test-kit.js';

describe('SNS VerifySMSSandboxPhoneNumber', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('the texted code verifies the number; a wrong one and an unknown number are refused', async () => {
    await sns.send(new CreateSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550144' }));
    const code = (await recordedMessages(kumo, { endpoint: '+15555550144' }))[0]!.token!;
    const wrong = code === '000000' ? '111111' : '000000';
    await assert.rejects(sns.send(new VerifySMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550144', OneTimePassword: wrong })), (error: Error & { $metadata: { httpStatusCode?: number }; Status?: string }) => {
      assert.equal(error.name, 'VerificationException');
      assert.equal(error.message, 'Invalid one-time password');
      assert.equal(error.$metadata.httpStatusCode, 400);
      return true;
    });
    await sns.send(new VerifySMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550144', OneTimePassword: code }));
    assert.deepEqual((await sns.send(new ListSMSSandboxPhoneNumbersCommand({}))).PhoneNumbers, [{ PhoneNumber: '+15555550144', Status: 'Verified' }]);
    await assert.rejects(sns.send(new VerifySMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550145', OneTimePassword: code })), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'ResourceNotFoundException');
      assert.equal(error.$metadata.httpStatusCode, 404);
      return true;
    });
  });
});
