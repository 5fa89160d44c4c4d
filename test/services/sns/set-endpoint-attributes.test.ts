import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetEndpointAttributesCommand, SetEndpointAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createPushEndpoint, rejects, startSns } from './sns-test-kit.js';

describe('SNS SetEndpointAttributes', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('updates the token, Enabled and CustomUserData; refuses other names', async () => {
    const { endpointArn } = await createPushEndpoint(sns);
    await sns.send(new SetEndpointAttributesCommand({ EndpointArn: endpointArn, Attributes: { Token: 'refreshed', Enabled: 'false', CustomUserData: 'u1' } }));
    assert.deepEqual((await sns.send(new GetEndpointAttributesCommand({ EndpointArn: endpointArn }))).Attributes, { Enabled: 'false', Token: 'refreshed', CustomUserData: 'u1' });
    await rejects(sns.send(new SetEndpointAttributesCommand({ EndpointArn: endpointArn, Attributes: { Badge: '3' } })),
      'InvalidParameter', 'Invalid parameter: Attributes Reason: Invalid attribute name: Badge');
    await rejects(sns.send(new SetEndpointAttributesCommand({ EndpointArn: `${endpointArn.slice(0, -1)}0`, Attributes: { Enabled: 'true' } })),
      'NotFound', 'Endpoint does not exist', 404);
  });
});
