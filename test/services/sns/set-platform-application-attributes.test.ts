import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreatePlatformApplicationCommand, GetPlatformApplicationAttributesCommand, SetPlatformApplicationAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS SetPlatformApplicationAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('merges settings in; an empty value clears one; bad names and values are refused', async () => {
    const { PlatformApplicationArn } = await sns.send(new CreatePlatformApplicationCommand({ Name: 'droid', Platform: 'GCM', Attributes: { PlatformCredential: 'k' } }));
    const topic = 'arn:aws:sns:us-east-1:000000000000:push-events';
    await sns.send(new SetPlatformApplicationAttributesCommand({ PlatformApplicationArn, Attributes: { EventEndpointCreated: topic, SuccessFeedbackSampleRate: '10' } }));
    await sns.send(new SetPlatformApplicationAttributesCommand({ PlatformApplicationArn, Attributes: { SuccessFeedbackSampleRate: '' } }));
    const { Attributes } = await sns.send(new GetPlatformApplicationAttributesCommand({ PlatformApplicationArn }));
    assert.deepEqual(Attributes, { Enabled: 'true', EventEndpointCreated: topic });
    await rejects(sns.send(new SetPlatformApplicationAttributesCommand({ PlatformApplicationArn, Attributes: { Colour: 'blue' } })),
      'InvalidParameter', 'Invalid parameter: Attributes Reason: Invalid attribute name: Colour');
    await rejects(sns.send(new SetPlatformApplicationAttributesCommand({ PlatformApplicationArn, Attributes: { SuccessFeedbackSampleRate: '101' } })),
      'InvalidParameter', 'Invalid parameter: Attributes Reason: SuccessFeedbackSampleRate must be an integer from 0 to 100');
    await rejects(sns.send(new SetPlatformApplicationAttributesCommand({ PlatformApplicationArn: `${PlatformApplicationArn}x`, Attributes: { SuccessFeedbackSampleRate: '1' } })),
      'NotFound', 'PlatformApplication does not exist', 404);
  });
});
