import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { awsCliV2, awsCliV2Path, boto3 } from '../../support/cli-clients.js';

/** The scenario (create, publish, receive, delete, attributes, an error) with the query clients. */
describe('SNS scenario over the query protocol: Debian CLI v2 and boto3', () => {
  let kumo: EmbeddedKumo;
  before(async () => (kumo = await startTestKumo(['sns', 'sqs'])));
  after(() => kumo.stop());

  test('AWS CLI v2', { skip: awsCliV2Path ? false : 'Debian awscli not installed' }, async () => {
    const cli = async (args: string[]) => {
      const result = await awsCliV2(kumo.url, args);
      return { ...result, json: result.status === 0 && result.stdout ? JSON.parse(result.stdout) : undefined };
    };
    const topicArn = (await cli(['sns', 'create-topic', '--name', 'scenario-cli', '--attributes', 'DisplayName=Orders'])).json.TopicArn as string;
    assert.equal(topicArn, 'arn:aws:sns:us-east-1:000000000000:scenario-cli');
    const queueUrl = (await cli(['sqs', 'create-queue', '--queue-name', 'scenario-cli-q'])).json.QueueUrl as string;
    const queueArn = `arn:aws:sqs:us-east-1:000000000000:scenario-cli-q`;
    const sub = await cli(['sns', 'subscribe', '--topic-arn', topicArn, '--protocol', 'sqs', '--notification-endpoint', queueArn, '--attributes', 'RawMessageDelivery=true']);
    assert.match(sub.json.SubscriptionArn, /^arn:aws:sns:us-east-1:000000000000:scenario-cli:[0-9a-f-]{36}$/);
    const published = await cli(['sns', 'publish', '--topic-arn', topicArn, '--message', 'order 1', '--message-attributes', '{"kind":{"DataType":"String","StringValue":"order"}}']);
    assert.match(published.json.MessageId, /^[0-9a-f-]{36}$/);
    const received = await cli(['sqs', 'receive-message', '--queue-url', queueUrl, '--wait-time-seconds', '2', '--message-attribute-names', 'All']);
    const message = received.json.Messages[0];
    assert.equal(message.Body, 'order 1');
    assert.deepEqual(message.MessageAttributes, { kind: { StringValue: 'order', DataType: 'String' } });
    assert.equal((await cli(['sns', 'set-topic-attributes', '--topic-arn', topicArn, '--attribute-name', 'DisplayName', '--attribute-value', 'Shop'])).status, 0);
    const attributes = (await cli(['sns', 'get-topic-attributes', '--topic-arn', topicArn])).json.Attributes;
    assert.deepEqual([attributes.DisplayName, attributes.SubscriptionsConfirmed, attributes.Owner], ['Shop', '1', '000000000000']);
    assert.equal((await cli(['sns', 'unsubscribe', '--subscription-arn', sub.json.SubscriptionArn])).status, 0);
    assert.equal((await cli(['sns', 'delete-topic', '--topic-arn', topicArn])).status, 0);
    const missing = await cli(['sns', 'get-topic-attributes', '--topic-arn', topicArn]);
    assert.equal(missing.status, 254);
    assert.match(missing.stderr, /An error occurred \(NotFound\) when calling the GetTopicAttributes operation: Topic does not exist/);
  });

  test('boto3', async () => {
    const py = await boto3(kumo.url, `
sns = boto3.client('sns', endpoint_url=ENDPOINT)
sqs = boto3.client('sqs', endpoint_url=ENDPOINT)
out = {'protocol': sns.meta.service_model.protocol}
topic = sns.create_topic(Name='scenario-py', Attributes={'DisplayName': 'Orders'})['TopicArn']
url = sqs.create_queue(QueueName='scenario-py-q')['QueueUrl']
sub = sns.subscribe(TopicArn=topic, Protocol='sqs', Endpoint='arn:aws:sqs:us-east-1:000000000000:scenario-py-q', ReturnSubscriptionArn=True)['SubscriptionArn']
mid = sns.publish(TopicArn=topic, Message='order 1', Subject='New order')['MessageId']
m = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=2)['Messages'][0]
envelope = json.loads(m['Body'])
out['envelope'] = [envelope['Type'], envelope['MessageId'] == mid, envelope['Message'], envelope['Subject'], envelope['TopicArn'] == topic]
sns.set_subscription_attributes(SubscriptionArn=sub, AttributeName='FilterPolicy', AttributeValue='{"kind":["order"]}')
out['sub'] = sns.get_subscription_attributes(SubscriptionArn=sub)['Attributes']['FilterPolicy']
sns.unsubscribe(SubscriptionArn=sub)
sns.delete_topic(TopicArn=topic)
try:
    sns.get_topic_attributes(TopicArn=topic)
except sns.exceptions.NotFoundException as e:
    out['error'] = [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
print(json.dumps(out))
`);
    assert.equal(py.status, 0, py.stderr);
    const out = JSON.parse(py.stdout);
    assert.equal(out.protocol, 'query');
    assert.deepEqual(out.envelope, ['Notification', true, 'order 1', 'New order', true]);
    assert.equal(out.sub, '{"kind":["order"]}');
    assert.deepEqual(out.error, ['NotFound', 'Topic does not exist', 404]);
  });
});
