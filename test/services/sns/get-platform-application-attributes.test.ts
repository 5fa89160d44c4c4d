import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreatePlatformApplicationCommand, GetPlatformApplicationAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS GetPlatformApplicationAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('shows Enabled and the settings, never the credentials', async () => {
    const { PlatformApplicationArn } = await sns.send(new CreatePlatformApplicationCommand({
      Name: 'ios', Platform: 'APNS', Attributes: { PlatformCredential: 'secret key', PlatformPrincipal: 'KEY123', ApplePlatformTeamID: 'TEAM', ApplePlatformBundleID: 'com.example' },
    }));
    const { Attributes } = await sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn }));
    assert.deepEqual(Attributes, { Enabled: 'true', ApplePlatformTeamID: 'TEAM', ApplePlatformBundleID: 'com.example' });
  });

  test('a missing application is NotFound (404)', async () => {
    await rejects(sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: 'arn:aws:sns:us-east-1:000000000000:app/GCM/nope' })),
      'NotFound', 'PlatformApplication does not exist', 404);
    await rejects(sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: 'not-an-arn' })), 'InvalidParameter', 'Invalid parameter: PlatformApplicationArn');
  });
});
