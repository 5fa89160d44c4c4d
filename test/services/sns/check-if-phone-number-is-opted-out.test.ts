import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckIfPhoneNumberIsOptedOutCommand, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { optOut, recordedMessages, rejects, startSns } from './sns-test-kit.js';

describe('SNS CheckIfPhoneNumberIsOptedOut', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('false until the number replies STOP; then SMS to it are accepted but not delivered', async () => {
    assert.equal((await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '+15555550111' }))).isOptedOut, false);
    await optOut(kumo, '+15555550111');
    assert.equal((await sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '+15555550111' }))).isOptedOut, true);
    const { MessageId } = await sns.send(new PublishCommand({ PhoneNumber: '+15555550111', Message: 'promo' }));
    assert.match(MessageId!, /^[0-9a-f-]{36}$/);
    assert.deepEqual(await recordedMessages(kumo, { endpoint: '+15555550111' }), []);
  });

  test('a number not in E.164 is refused', async () => {
    await rejects(sns.send(new CheckIfPhoneNumberIsOptedOutCommand({ phoneNumber: '555-0111' })), 'InvalidParameter', 'Invalid parameter: phoneNumber Reason: input incorrectly formatted');
  });
});
