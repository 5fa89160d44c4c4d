import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreatePlatformApplicationCommand, CreatePlatformEndpointCommand, CreateTopicCommand, GetEndpointAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS CreatePlatformEndpoint', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let PlatformApplicationArn: string;
  before(async () => {
    ({ kumo, sns } = await startSns(['sns']));
    PlatformApplicationArn = (await sns.send(new CreatePlatformApplicationCommand({ Name: 'droid', Platform: 'GCM', Attributes: { PlatformCredential: 'k' } }))).PlatformApplicationArn!;
  });
  after(() => kumo.stop());

  test('answers endpoint/<platform>/<app>/<id> with Token, Enabled and CustomUserData attributes', async () => {
    const { EndpointArn } = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-1', CustomUserData: 'user 7' }));
    assert.match(EndpointArn!, /^arn:aws:sns:us-east-1:000000000000:endpoint\/GCM\/droid\/[0-9a-f-]{36}$/);
    const { Attributes } = await sns.send(new GetEndpointAttributesCommand({ EndpointArn }));
    assert.deepEqual(Attributes, { Enabled: 'true', Token: 'tok-1', CustomUserData: 'user 7' });
  });

  test('is idempotent for the same token and attributes, and names the endpoint when they differ', async () => {
    const first = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-2' }));
    const same = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-2', Attributes: { Enabled: 'true' } }));
    assert.equal(same.EndpointArn, first.EndpointArn);
    await rejects(sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 'tok-2', CustomUserData: 'other' })),
      'InvalidParameter', `Invalid parameter: Token Reason: Endpoint ${first.EndpointArn} already exists with the same Token, but different attributes.`);
  });

  test('refuses a missing application, an empty token and unknown attributes', async () => {
    await rejects(sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn: `${PlatformApplicationArn}2`, Token: 't' })), 'NotFound', 'PlatformApplication does not exist', 404);
    await rejects(sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: '' })), 'InvalidParameter', 'Invalid parameter: Token Reason: cannot be empty');
    await rejects(sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: 't', Attributes: { Enabled: 'maybe' } })),
      'InvalidParameter', 'Invalid parameter: Attributes Reason: Enabled must be true or false');
  });

  test('an application subscription needs an endpoint that exists', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'pushes' }));
    const ghost = 'arn:aws:sns:us-east-1:000000000000:endpoint/GCM/droid/0f1e2d3c-0000-4000-8000-000000000009';
    await rejects(sns.send(new SubscribeCommand({ TopicArn, Protocol: 'application', Endpoint: ghost })),
      'InvalidParameter', `Invalid parameter: Endpoint Reason: Endpoint does not exist for endpoint arn${ghost}`);
  });
});
