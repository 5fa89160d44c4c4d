import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateSMSSandboxPhoneNumberCommand, DeleteSMSSandboxPhoneNumberCommand, ListSMSSandboxPhoneNumbersCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSns } from './sns-test-kit.js';

describe('SNS DeleteSMSSandboxPhoneNumber', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('removes a sandbox number; an unknown one is ResourceNotFound', async () => {
    await sns.send(new CreateSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550155' }));
    await sns.send(new DeleteSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550155' }));
    assert.deepEqual((await sns.send(new ListSMSSandboxPhoneNumbersCommand({}))).PhoneNumbers, []);
    await assert.rejects(sns.send(new DeleteSMSSandboxPhoneNumberCommand({ PhoneNumber: '+15555550155' })), (error: Error & { $metadata: { httpStatusCode?: number } }) => {
      assert.equal(error.name, 'ResourceNotFoundException');
      assert.equal(error.$metadata.httpStatusCode, 404);
      return true;
    });
  });
});
