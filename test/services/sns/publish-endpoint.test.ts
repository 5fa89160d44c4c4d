import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, PublishCommand, SetEndpointAttributesCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createPushEndpoint, recordedMessages, rejects, startSns, waitForRecorded } from './sns-test-kit.js';

describe('SNS Publish to a platform endpoint', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('a TargetArn push is recorded with the platform\'s entry of a json message', async () => {
    const { endpointArn } = await createPushEndpoint(sns, 'direct');
    const Message = JSON.stringify({ default: 'plain', GCM: JSON.stringify({ notification: { title: 'hello' } }) });
    const { MessageId } = await sns.send(new PublishCommand({ TargetArn: endpointArn, Message, MessageStructure: 'json' }));
    const [pushed] = await recordedMessages(kumo, { endpoint: endpointArn });
    assert.equal(pushed!.protocol, 'application');
    assert.equal(pushed!.message, '{"notification":{"title":"hello"}}');
    assert.equal((pushed as unknown as { messageId: string }).messageId, MessageId);
  });

  test('a disabled endpoint refuses direct publishes and topic deliveries skip it', async () => {
    const { endpointArn } = await createPushEndpoint(sns, 'disabled');
    await sns.send(new SetEndpointAttributesCommand({ EndpointArn: endpointArn, Attributes: { Enabled: 'false' } }));
    await rejects(sns.send(new PublishCommand({ TargetArn: endpointArn, Message: 'msg' })), 'EndpointDisabled', 'Endpoint is disabled');
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'news' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'application', Endpoint: endpointArn }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sms', Endpoint: '+15555550199' }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'to everyone' }));
    await waitForRecorded(kumo, { endpoint: '+15555550199' });
    assert.deepEqual(await recordedMessages(kumo, { endpoint: endpointArn }), []);
  });
});
