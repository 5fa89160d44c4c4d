import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { awsCliV2, awsCliV2Path, boto3 } from '../../support/cli-clients.js';

/** Debian's awscli ships the query-era SQS model; a botocore loader pointed at it makes boto3 speak query too. */
export const QUERY_ERA_MODELS = '/usr/lib/python3/dist-packages/awscli/botocore/data';

/** The scenario (create, send, receive, delete, attributes, an error) over the query protocol. */
describe('SQS scenario over the query protocol: Debian CLI v2 and boto3', () => {
  let kumo: EmbeddedKumo;
  before(async () => (kumo = await startTestKumo(['sqs'])));
  after(() => kumo.stop());

  test('AWS CLI v2', { skip: awsCliV2Path ? false : 'Debian awscli not installed' }, async () => {
    const cli = async (args: string[]) => {
      const result = await awsCliV2(kumo.url, ['sqs', ...args, '--debug']);
      // --debug logs the wire request: the body must be a query form, not JSON.
      if (result.status === 0) assert.match(result.stderr, /'application\/x-www-form-urlencoded; charset=utf-8'.*'body': {'Action': '[A-Za-z]+'/);
      return { ...result, json: result.status === 0 && result.stdout ? JSON.parse(result.stdout) : undefined };
    };
    const created = await cli(['create-queue', '--queue-name', 'scenario-cli', '--attributes', 'VisibilityTimeout=45']);
    assert.equal(created.status, 0, created.stderr);
    const url = created.json.QueueUrl as string;
    const sent = await cli(['send-message', '--queue-url', url, '--message-body', 'order 1', '--message-attributes', '{"kind":{"DataType":"String","StringValue":"order"}}']);
    assert.equal(sent.json.MD5OfMessageBody, createHash('md5').update('order 1').digest('hex'));
    const received = await cli(['receive-message', '--queue-url', url, '--message-attribute-names', 'All', '--attribute-names', 'ApproximateReceiveCount']);
    const message = received.json.Messages[0];
    assert.deepEqual([message.Body, message.MessageId, message.Attributes.ApproximateReceiveCount], ['order 1', sent.json.MessageId, '1']);
    assert.deepEqual(message.MessageAttributes, { kind: { StringValue: 'order', DataType: 'String' } });
    const inFlight = await cli(['get-queue-attributes', '--queue-url', url, '--attribute-names', 'VisibilityTimeout', 'ApproximateNumberOfMessagesNotVisible']);
    assert.deepEqual(inFlight.json.Attributes, { VisibilityTimeout: '45', ApproximateNumberOfMessagesNotVisible: '1' });
    assert.equal((await cli(['delete-message', '--queue-url', url, '--receipt-handle', message.ReceiptHandle])).status, 0);
    const after = await cli(['get-queue-attributes', '--queue-url', url, '--attribute-names', 'ApproximateNumberOfMessagesNotVisible']);
    assert.equal(after.json.Attributes.ApproximateNumberOfMessagesNotVisible, '0');
    const bad = await cli(['set-queue-attributes', '--queue-url', url, '--attributes', 'VisibilityTimeout=99999']);
    assert.equal(bad.status, 254);
    assert.match(bad.stderr, /An error occurred \(InvalidAttributeValue\) when calling the SetQueueAttributes operation: Invalid value for the parameter VisibilityTimeout\./);
    assert.equal((await cli(['delete-queue', '--queue-url', url])).status, 0);
    const gone = await cli(['get-queue-url', '--queue-name', 'scenario-cli']);
    assert.match(gone.stderr, /\(AWS\.SimpleQueueService\.NonExistentQueue\) when calling the GetQueueUrl operation: The specified queue does not exist\./);
  });

  test('boto3 with the query-era model', async () => {
    const py = await boto3(kumo.url, `
import botocore.session
core = botocore.session.get_session()
core.get_component('data_loader').search_paths.insert(0, ${JSON.stringify(QUERY_ERA_MODELS)})
sqs = boto3.Session(botocore_session=core).client('sqs', endpoint_url=ENDPOINT)
bodies = []
sqs.meta.events.register('before-send', lambda request, **kw: bodies.append(request.body.decode() if isinstance(request.body, bytes) else str(request.body)))
out = {'protocol': sqs.meta.service_model.protocol}
url = sqs.create_queue(QueueName='scenario-py', Attributes={'VisibilityTimeout': '45'})['QueueUrl']
sent = sqs.send_message(QueueUrl=url, MessageBody='order 1', MessageAttributes={'kind': {'DataType': 'String', 'StringValue': 'order'}})
m = sqs.receive_message(QueueUrl=url, MessageAttributeNames=['All'], AttributeNames=['ApproximateReceiveCount'])['Messages'][0]
out['received'] = [m['Body'], m['MessageId'] == sent['MessageId'], m['Attributes']['ApproximateReceiveCount'], m['MessageAttributes']]
out['inFlight'] = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=['VisibilityTimeout', 'ApproximateNumberOfMessagesNotVisible'])['Attributes']
sqs.delete_message(QueueUrl=url, ReceiptHandle=m['ReceiptHandle'])
out['after'] = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=['ApproximateNumberOfMessagesNotVisible'])['Attributes']
try:
    sqs.set_queue_attributes(QueueUrl=url, Attributes={'VisibilityTimeout': '99999'})
except sqs.exceptions.ClientError as e:
    out['error'] = [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
sqs.delete_queue(QueueUrl=url)
try:
    sqs.get_queue_url(QueueName='scenario-py')
except sqs.exceptions.QueueDoesNotExist as e:
    out['missing'] = e.response['Error']['Code']
out['allQuery'] = all(b.startswith('Action=') for b in bodies)
print(json.dumps(out))
`);
    assert.equal(py.status, 0, py.stderr);
    const out = JSON.parse(py.stdout);
    assert.equal(out.protocol, 'query');
    assert.equal(out.allQuery, true);
    assert.deepEqual(out.received, ['order 1', true, '1', { kind: { StringValue: 'order', DataType: 'String' } }]);
    assert.deepEqual(out.inFlight, { VisibilityTimeout: '45', ApproximateNumberOfMessagesNotVisible: '1' });
    assert.deepEqual(out.after, { ApproximateNumberOfMessagesNotVisible: '0' });
    assert.deepEqual(out.error, ['InvalidAttributeValue', 'Invalid value for the parameter VisibilityTimeout.', 400]);
    assert.equal(out.missing, 'AWS.SimpleQueueService.NonExistentQueue');
  });
});
