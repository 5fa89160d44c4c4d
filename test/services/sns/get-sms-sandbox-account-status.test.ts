import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetSMSSandboxAccountStatusCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSns } from './sns-test-kit.js';

describe('SNS GetSMSSandboxAccountStatus', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('Kumo accounts are out of the sandbox', async () => {
    assert.equal((await sns.send(new GetSMSSandboxAccountStatusCommand({}))).IsInSandbox, false);
  });
});
