import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeletePlatformApplicationCommand, GetEndpointAttributesCommand, ListPlatformApplicationsCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createPushEndpoint, rejects, startSns } from './sns-test-kit.js';

describe('SNS DeletePlatformApplication', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('deletes the application and its endpoints; deleting again succeeds', async () => {
    const { applicationArn, endpointArn } = await createPushEndpoint(sns);
    await sns.send(new DeletePlatformApplicationCommand({ PlatformApplicationArn: applicationArn }));
    assert.deepEqual((await sns.send(new ListPlatformApplicationsCommand({}))).PlatformApplications ?? [], []);
    await rejects(sns.send(new GetEndpointAttributesCommand({ EndpointArn: endpointArn })), 'NotFound', 'Endpoint does not exist', 404);
    await sns.send(new DeletePlatformApplicationCommand({ PlatformApplicationArn: applicationArn }));
  });
});
