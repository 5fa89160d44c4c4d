import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetEndpointAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createPushEndpoint, rejects, startSns } from './sns-test-kit.js';

describe('SNS GetEndpointAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('shows the token and Enabled; a missing endpoint is NotFound', async () => {
    const { endpointArn } = await createPushEndpoint(sns, 'app', 'device-a');
    assert.deepEqual((await sns.send(new GetEndpointAttributesCommand({ EndpointArn: endpointArn }))).Attributes, { Enabled: 'true', Token: 'device-a' });
    await rejects(sns.send(new GetEndpointAttributesCommand({ EndpointArn: 'arn:aws:sns:us-east-1:000000000000:endpoint/APNS/my-application/c1f76c42-192a-4e75-b04f-a9268ce2abf3' })),
      'NotFound', 'Endpoint does not exist', 404);
    await rejects(sns.send(new GetEndpointAttributesCommand({ EndpointArn: 'a-fake-arn' })), 'InvalidParameter', 'Invalid parameter: EndpointArn');
  });
});
