import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteEndpointCommand, ListEndpointsByPlatformApplicationCommand, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createPushEndpoint, rejects, startSns } from './sns-test-kit.js';

describe('SNS DeleteEndpoint', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('removes the endpoint, idempotently; publishing to it then fails', async () => {
    const { applicationArn, endpointArn } = await createPushEndpoint(sns);
    await sns.send(new DeleteEndpointCommand({ EndpointArn: endpointArn }));
    await sns.send(new DeleteEndpointCommand({ EndpointArn: endpointArn }));
    assert.deepEqual((await sns.send(new ListEndpointsByPlatformApplicationCommand({ PlatformApplicationArn: applicationArn }))).Endpoints ?? [], []);
    await rejects(sns.send(new PublishCommand({ TargetArn: endpointArn, Message: 'hi' })),
      'InvalidParameter', 'Invalid parameter: TargetArn Reason: No endpoint found for the target arn specified');
  });
});
