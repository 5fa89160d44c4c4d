import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { awsCliV1, awsCliV2, awsCliV2Path, boto3 } from '../../support/cli-clients.js';
import { formPost } from './sqs-test-kit.js';

/** The same scenario over the query protocol (Debian's CLI v2, a raw form post) and JSON (boto3, CLI v1). */
describe('SQS over the query protocol and other clients', () => {
  let kumo: EmbeddedKumo;
  before(async () => (kumo = await startTestKumo(['sqs'])));
  after(() => kumo.stop());

  test('raw form post to the queue URL: send, receive with attributes, query error codes', async () => {
    const created = await formPost(kumo.url, { Action: 'CreateQueue', QueueName: 'form', 'Attribute.1.Name': 'VisibilityTimeout', 'Attribute.1.Value': '7', 'Tag.1.Key': 't', 'Tag.1.Value': 'v' });
    assert.equal(created.status, 200);
    const url = /<QueueUrl>([^<]+)<\/QueueUrl>/.exec(created.body)![1]!;
    assert.equal(url, `${kumo.url}/000000000000/form`);
    const sent = await formPost(url, {
      Action: 'SendMessage', QueueUrl: url, MessageBody: 'hello',
      'MessageAttribute.1.Name': 'attribName1', 'MessageAttribute.1.Value.DataType': 'String', 'MessageAttribute.1.Value.StringValue': 'attribValue 1',
    });
    assert.match(sent.body, /^<SendMessageResponse xmlns="http:\/\/queue.amazonaws.com\/doc\/2012-11-05\/"><SendMessageResult><MD5OfMessageBody>5d41402abc4b2a76b9719d911017c592<\/MD5OfMessageBody><MD5OfMessageAttributes>19e27d4e946b072f3f58da80d94fd778<\/MD5OfMessageAttributes><MessageId>/);
    const received = await formPost(url, { Action: 'ReceiveMessage', QueueUrl: url, 'AttributeName.1': 'SenderId', 'MessageAttributeName.1': 'All' });
    assert.match(received.body, /<ReceiveMessageResult><Message><MessageId>[^<]+<\/MessageId><ReceiptHandle>[^<]+<\/ReceiptHandle><MD5OfBody>5d41402abc4b2a76b9719d911017c592<\/MD5OfBody><Body>hello<\/Body><Attribute><Name>SenderId<\/Name><Value>000000000000<\/Value><\/Attribute><MD5OfMessageAttributes>19e27d4e946b072f3f58da80d94fd778<\/MD5OfMessageAttributes><MessageAttribute><Name>attribName1<\/Name><Value><StringValue>attribValue 1<\/StringValue><DataType>String<\/DataType><\/Value><\/MessageAttribute><\/Message><\/ReceiveMessageResult>/);
    const attributes = await formPost(url, { Action: 'GetQueueAttributes', QueueUrl: url, 'AttributeName.1': 'VisibilityTimeout' });
    assert.match(attributes.body, /<GetQueueAttributesResult><Attribute><Name>VisibilityTimeout<\/Name><Value>7<\/Value><\/Attribute><\/GetQueueAttributesResult>/);
    const missing = await formPost(kumo.url, { Action: 'GetQueueUrl', QueueName: 'nope' });
    assert.equal(missing.status, 400);
    assert.match(missing.body, /<Error><Type>Sender<\/Type><Code>AWS.SimpleQueueService.NonExistentQueue<\/Code><Message>The specified queue does not exist.<\/Message><\/Error>/);
    const batch = await formPost(url, { Action: 'SendMessageBatch', QueueUrl: url, 'SendMessageBatchRequestEntry.1.Id': 'a', 'SendMessageBatchRequestEntry.1.MessageBody': 'x', 'SendMessageBatchRequestEntry.2.Id': 'b', 'SendMessageBatchRequestEntry.2.MessageBody': 'y', 'SendMessageBatchRequestEntry.2.DelaySeconds': '901' });
    assert.match(batch.body, /<SendMessageBatchResult><SendMessageBatchResultEntry><Id>a<\/Id>.*<\/SendMessageBatchResultEntry><BatchResultErrorEntry><Id>b<\/Id><SenderFault>true<\/SenderFault><Code>InvalidParameterValue<\/Code>/);
  });

  test('Debian CLI v2 (query): create, send, receive, delete, errors', { skip: awsCliV2Path ? false : 'Debian awscli not installed' }, async () => {
    const cli = (args: string[]) => awsCliV2(kumo.url, ['sqs', ...args]);
    const created = await cli(['create-queue', '--queue-name', 'cli2.fifo', '--attributes', 'FifoQueue=true,ContentBasedDeduplication=true', '--tags', 'a=b']);
    assert.equal(created.status, 0, created.stderr);
    const url = JSON.parse(created.stdout).QueueUrl as string;
    const sent = await cli(['send-message', '--queue-url', url, '--message-body', 'hi', '--message-group-id', 'g', '--message-attributes', '{"k":{"DataType":"Number","StringValue":"5"}}']);
    assert.equal(sent.status, 0, sent.stderr);
    assert.match(JSON.parse(sent.stdout).SequenceNumber, /^\d{20}$/);
    const received = await cli(['receive-message', '--queue-url', url, '--attribute-names', 'All', '--message-attribute-names', 'All']);
    const message = JSON.parse(received.stdout).Messages[0];
    assert.equal(message.Body, 'hi');
    assert.equal(message.Attributes.MessageGroupId, 'g');
    assert.deepEqual(message.MessageAttributes, { k: { StringValue: '5', DataType: 'Number' } });
    assert.equal((await cli(['delete-message', '--queue-url', url, '--receipt-handle', message.ReceiptHandle])).status, 0);
    const tags = await cli(['list-queue-tags', '--queue-url', url]);
    assert.deepEqual(JSON.parse(tags.stdout).Tags, { a: 'b' });
    const missing = await cli(['get-queue-url', '--queue-name', 'nope']);
    assert.notEqual(missing.status, 0);
    assert.match(missing.stderr, /\(AWS\.SimpleQueueService\.NonExistentQueue\) when calling the GetQueueUrl operation: The specified queue does not exist\./);
    const batch = await cli(['delete-message-batch', '--queue-url', url, '--entries', 'Id=a,ReceiptHandle=zz']);
    assert.deepEqual(JSON.parse(batch.stdout).Failed[0].Code, 'ReceiptHandleIsInvalid');
  });

  test('boto3 and CLI v1 (JSON): the same queue and messages', async () => {
    const py = await boto3(kumo.url, [
      "sqs = boto3.client('sqs', endpoint_url=ENDPOINT)",
      "url = sqs.create_queue(QueueName='py', Attributes={'DelaySeconds': '0'})['QueueUrl']",
      "sqs.send_message(QueueUrl=url, MessageBody='from python', MessageAttributes={'n': {'DataType': 'Number', 'StringValue': '1'}})",
      "m = sqs.receive_message(QueueUrl=url, MessageAttributeNames=['All'])['Messages'][0]",
      "try:\n    sqs.get_queue_url(QueueName='nope')\nexcept sqs.exceptions.QueueDoesNotExist as e:\n    code = e.response['Error']['Code']",
      "print(json.dumps({'body': m['Body'], 'attrs': m['MessageAttributes'], 'code': code}))",
    ].join('\n'));
    assert.equal(py.status, 0, py.stderr);
    const result = JSON.parse(py.stdout);
    assert.equal(result.body, 'from python');
    assert.deepEqual(result.attrs, { n: { StringValue: '1', DataType: 'Number' } });
    assert.equal(result.code, 'AWS.SimpleQueueService.NonExistentQueue');
    const listed = await awsCliV1(kumo.url, ['sqs', 'list-queues']);
    assert.equal(listed.status, 0, listed.stderr);
    assert.ok(JSON.parse(listed.stdout).QueueUrls.includes(`${kumo.url}/000000000000/py`));
  });
});
