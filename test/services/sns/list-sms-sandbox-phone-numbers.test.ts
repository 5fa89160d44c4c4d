import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateSMSSandboxPhoneNumberCommand, ListSMSSandboxPhoneNumbersCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS ListSMSSandboxPhoneNumbers', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('pages by MaxResults with a NextToken', async () => {
    assert.deepEqual((await sns.send(new ListSMSSandboxPhoneNumbersCommand({}))).PhoneNumbers, []);
    for (const n of ['+15555550103', '+15555550101', '+15555550102']) await sns.send(new CreateSMSSandboxPhoneNumberCommand({ PhoneNumber: n }));
    const first = await sns.send(new ListSMSSandboxPhoneNumbersCommand({ MaxResults: 2 }));
    assert.deepEqual(first.PhoneNumbers!.map((p) => p.PhoneNumber), ['+15555550101', '+15555550102']);
    const second = await sns.send(new ListSMSSandboxPhoneNumbersCommand({ MaxResults: 2, NextToken: first.NextToken }));
    assert.deepEqual(second.PhoneNumbers!.map((p) => p.PhoneNumber), ['+15555550103']);
    assert.equal(second.NextToken, undefined);
    await rejects(sns.send(new ListSMSSandboxPhoneNumbersCommand({ MaxResults: 0 })), 'InvalidParameter', 'Invalid parameter: MaxResults');
  });
});
