import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckIfPhoneNumberIsOptedOutCommand, OptInPhoneNumberCommand, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { optOut, rejects, startSns, waitForRecorded } from './sns-test-kit.js';

describe('SNS OptInPhoneNumber', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('opts a number back in, so SMS reach it again', async () => {
    await optOut(kumo, '+15555550122');
    await sns.send(new OptInPhoneNumberCommand({ phoneNumber: '+15555550122' }));
    assert.equal((await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '+15555550122' }))).isOptedOut, false);
    await sns.send(new PublishCommand({ PhoneNumber: '+15555550122', Message: 'welcome back' }));
    assert.equal((await waitForRecorded(kumo, { endpoint: '+15555550122' }))[0]!.message, 'welcome back');
    await rejects(sns.send(new OptInPhoneNumberCommand({ phoneNumber: 'twelve' })), 'InvalidParameter', 'Invalid parameter: phoneNumber Reason: input incorrectly formatted');
  });
});
