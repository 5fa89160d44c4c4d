import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetSMSAttributesCommand, SetSMSAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSns } from './sns-test-kit.js';

describe('SNS GetSMSAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('answers every preference set, or the named ones, per region', async () => {
    assert.deepEqual((await sns.send(new GetSMSAttributesCommand({}))).attributes ?? {}, {});
    await sns.send(new SetSMSAttributesCommand({ attributes: { DefaultSMSType: 'Promotional', DeliveryStatusSuccessSamplingRate: '10' } }));
    assert.deepEqual((await sns.send(new GetSMSAttributesCommand({ attributes: ['DefaultSMSType', 'DefaultSenderID'] }))).attributes, { DefaultSMSType: 'Promotional' });
    const other = new SNSClient({ ...kumo.clientConfig, region: 'eu-west-1' });
    assert.deepEqual((await other.send(new GetSMSAttributesCommand({}))).attributes ?? {}, {});
  });
});
