import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListPhoneNumbersOptedOutCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { optOut, startSns } from './sns-test-kit.js';

describe('SNS ListPhoneNumbersOptedOut', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('lists the opted-out numbers in order', async () => {
    assert.deepEqual((await sns.send(new ListPhoneNumbersOptedOutCommand({}))).phoneNumbers ?? [], []);
    await optOut(kumo, '+447700900123');
    await optOut(kumo, '+15555550100');
    const page = await sns.send(new ListPhoneNumbersOptedOutCommand({}));
    assert.deepEqual(page.phoneNumbers, ['+15555550100', '+447700900123']);
    assert.equal(page.nextToken, undefined);
  });
});
