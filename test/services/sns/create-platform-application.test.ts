import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreatePlatformApplicationCommand, GetPlatformApplicationAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS CreatePlatformApplication', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('answers app/<platform>/<name>; creating it again updates it under the same ARN', async () => {
    const first = await sns.send(new CreatePlatformApplicationCommand({ Name: 'android', Platform: 'GCM', Attributes: { PlatformCredential: 'key-1' } }));
    assert.equal(first.PlatformApplicationArn, 'arn:aws:sns:us-east-1:000000000000:app/GCM/android');
    const again = await sns.send(new CreatePlatformApplicationCommand({
      Name: 'android', Platform: 'GCM', Attributes: { PlatformCredential: 'key-2', SuccessFeedbackSampleRate: '50' },
    }));
    assert.equal(again.PlatformApplicationArn, first.PlatformApplicationArn);
    const { Attributes } = await sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn: first.PlatformApplicationArn }));
    assert.deepEqual(Attributes, { Enabled: 'true', SuccessFeedbackSampleRate: '50' });
  });

  test('APNS needs a principal beside the credential; GCM needs a credential; unknown platforms are refused', async () => {
    await rejects(sns.send(new CreatePlatformApplicationCommand({ Name: 'ios', Platform: 'APNS', Attributes: { PlatformCredential: 'private key' } })),
      'InvalidParameter', 'Invalid parameter: Attributes Reason: PlatformCredential attribute provided without PlatformPrincipal');
    await rejects(sns.send(new CreatePlatformApplicationCommand({ Name: 'ios', Platform: 'APNS', Attributes: { PlatformPrincipal: 'cert' } })),
      'InvalidParameter', 'Invalid parameter: Attributes Reason: PlatformPrincipal attribute provided without PlatformCredential');
    await rejects(sns.send(new CreatePlatformApplicationCommand({ Name: 'droid', Platform: 'GCM', Attributes: {} })),
      'InvalidParameter', 'Invalid parameter: Attributes Reason: PlatformCredential attribute required');
    await rejects(sns.send(new CreatePlatformApplicationCommand({ Name: 'x', Platform: 'SYMBIAN', Attributes: { PlatformCredential: 'k' } })),
      'InvalidParameter', 'Invalid parameter: Platform Reason: Platform name is invalid');
    await rejects(sns.send(new CreatePlatformApplicationCommand({ Name: 'bad name', Platform: 'GCM', Attributes: { PlatformCredential: 'k' } })),
      'InvalidParameter', /^Invalid parameter: Name/);
    const ok = await sns.send(new CreatePlatformApplicationCommand({ Name: 'ios', Platform: 'APNS_SANDBOX', Attributes: { PlatformCredential: 'signing key', PlatformPrincipal: 'KEYID12345', ApplePlatformTeamID: 'TEAM123456', ApplePlatformBundleID: 'com.example.app' } }));
    assert.equal(ok.PlatformApplicationArn, 'arn:aws:sns:us-east-1:000000000000:app/APNS_SANDBOX/ios');
  });
});
