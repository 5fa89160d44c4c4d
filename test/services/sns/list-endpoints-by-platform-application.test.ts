import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreatePlatformEndpointCommand, ListEndpointsByPlatformApplicationCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createPushEndpoint, rejects, startSns } from './sns-test-kit.js';

describe('SNS ListEndpointsByPlatformApplication', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('lists an application\'s endpoints only, with their attributes', async () => {
    const { applicationArn, endpointArn } = await createPushEndpoint(sns, 'one', 'device-1');
    await createPushEndpoint(sns, 'two', 'device-2');
    const second = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn: applicationArn, Token: 'device-3', Attributes: { CustomUserData: 'some data' } }));
    const { Endpoints } = await sns.send(new ListEndpointsByPlatformApplicationCommand({ PlatformApplicationArn: applicationArn }));
    const byArn = new Map(Endpoints!.map((e) => [e.EndpointArn, e.Attributes]));
    assert.equal(byArn.size, 2);
    assert.deepEqual(byArn.get(endpointArn), { Enabled: 'true', Token: 'device-1' });
    assert.deepEqual(byArn.get(second.EndpointArn), { Enabled: 'true', Token: 'device-3', CustomUserData: 'some data' });
    await rejects(sns.send(new ListEndpointsByPlatformApplicationCommand({ PlatformApplicationArn: `${applicationArn}2` })), 'NotFound', 'PlatformApplication does not exist', 404);
  });
});
