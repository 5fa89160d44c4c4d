import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateTopicCommand, GetTopicAttributesCommand, ListTagsForResourceCommand, SNSClient } from '@aws-sdk/client-sns';
import type { EmbeddedKumo } from '../../../src/index.js';
import { awsCliV1 } from '../../support/cli-clients.js';
import { rejects, startSns } from './sns-test-kit.js';

describe('SNS CreateTopic', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  before(async () => ({ kumo, sns } = await startSns(['sns'])));
  after(() => kumo.stop());

  test('creates a topic with attributes and tags; the ARN names region and account', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({
      Name: 'orders', Attributes: { DisplayName: 'Orders', SignatureVersion: '2' }, Tags: [{ Key: 'team', Value: 'shop' }],
    }));
    assert.equal(TopicArn, 'arn:aws:sns:us-east-1:000000000000:orders');
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    assert.equal(Attributes?.DisplayName, 'Orders');
    assert.equal(Attributes?.SignatureVersion, '2');
    assert.equal(Attributes?.FifoTopic, undefined);
    assert.deepEqual((await sns.send(new ListTagsForResourceCommand({ ResourceArn: TopicArn }))).Tags, [{ Key: 'team', Value: 'shop' }]);
  });

  test('is idempotent with the same attributes and refuses different ones', async () => {
    const first = await sns.send(new CreateTopicCommand({ Name: 'same', Attributes: { DisplayName: 'A' } }));
    assert.equal((await sns.send(new CreateTopicCommand({ Name: 'same', Attributes: { DisplayName: 'A' } }))).TopicArn, first.TopicArn);
    assert.equal((await sns.send(new CreateTopicCommand({ Name: 'same' }))).TopicArn, first.TopicArn);
    await rejects(sns.send(new CreateTopicCommand({ Name: 'same', Attributes: { DisplayName: 'B' } })), 'InvalidParameter', 'Invalid parameter: Attributes Reason: Topic already exists with different attributes');
  });

  test('FIFO topics need the .fifo suffix and FifoTopic=true', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'jobs.fifo', Attributes: { FifoTopic: 'true', ContentBasedDeduplication: 'true' } }));
    const { Attributes } = await sns.send(new GetTopicAttributesCommand({ TopicArn }));
    assert.equal(Attributes?.FifoTopic, 'true');
    assert.equal(Attributes?.ContentBasedDeduplication, 'true');
    await rejects(sns.send(new CreateTopicCommand({ Name: 'jobs', Attributes: { FifoTopic: 'true' } })), 'InvalidParameter', /^Invalid parameter: Fifo Topic names must end with \.fifo/);
    await rejects(sns.send(new CreateTopicCommand({ Name: 'plain.fifo' })), 'InvalidParameter', 'Invalid parameter: Topic Name');
    await rejects(sns.send(new CreateTopicCommand({ Name: 'std', Attributes: { ContentBasedDeduplication: 'true' } })), 'InvalidParameter', /ContentBasedDeduplication is only supported for FIFO topics/);
  });

  test('validates names, attributes and tags', async () => {
    await rejects(sns.send(new CreateTopicCommand({ Name: 'bad name' })), 'InvalidParameter', 'Invalid parameter: Topic Name');
    await rejects(sns.send(new CreateTopicCommand({ Name: 'x'.repeat(257) })), 'InvalidParameter', 'Invalid parameter: Topic Name');
    await rejects(sns.send(new CreateTopicCommand({ Name: 't', Attributes: { Colour: 'blue' } })), 'InvalidParameter', 'Invalid parameter: Attributes Reason: Unknown attribute Colour');
    await rejects(sns.send(new CreateTopicCommand({ Name: 't', Attributes: { Policy: '{not json' } })), 'InvalidParameter', /Invalid parameter: Policy/);
    await rejects(sns.send(new CreateTopicCommand({ Name: 't', Tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' })) })), 'TagLimitExceeded', /tag quota/);
  });

  test('the AWS CLI v1 (query protocol) creates and reads topics the same way', async () => {
    const created = await awsCliV1(kumo.url, ['sns', 'create-topic', '--name', 'cli-topic', '--attributes', 'DisplayName=FromCli']);
    assert.equal(created.status, 0, created.stderr);
    const arn = (JSON.parse(created.stdout) as { TopicArn: string }).TopicArn;
    assert.equal(arn, 'arn:aws:sns:us-east-1:000000000000:cli-topic');
    const attrs = await awsCliV1(kumo.url, ['sns', 'get-topic-attributes', '--topic-arn', arn]);
    assert.equal((JSON.parse(attrs.stdout) as { Attributes: Record<string, string> }).Attributes.DisplayName, 'FromCli');
    const bad = await awsCliV1(kumo.url, ['sns', 'create-topic', '--name', 'bad name']);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /InvalidParameter.*Invalid parameter: Topic Name/);
  });
});
