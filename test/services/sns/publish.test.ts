import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createVerify, X509Certificate } from 'node:crypto';
import { CreateTopicCommand, PublishCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { boto3 } from '../../support/cli-clients.js';
import { createPushEndpoint, createQueue, receive, rejects, startSns, waitForRecorded } from './sns-test-kit.js';

type Envelope = Record<string, string> & { MessageAttributes?: Record<string, { Type: string; Value: string }> };

/** Checks a notification's signature the way SNS's own validators do. */
async function verify(envelope: Envelope): Promise<boolean> {
  const pem = await (await fetch(envelope.SigningCertURL!)).text();
  const keys = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'].filter((k) => envelope[k] !== undefined);
  const canonical = keys.map((k) => `${k}\n${envelope[k]}\n`).join('');
  const algorithm = envelope.SignatureVersion === '2' ? 'RSA-SHA256' : 'RSA-SHA1';
  return createVerify(algorithm).update(canonical).verify(new X509Certificate(pem).publicKey, envelope.Signature!, 'base64');
}

describe('SNS Publish', () => {
  let kumo: EmbeddedKumo;
  let sns: SNSClient;
  let sqs: SQSClient;
  before(async () => ({ kumo, sns, sqs } = await startSns()));
  after(() => kumo.stop());

  test('fans out to two queues in the SNS JSON envelope, signed with the certificate at SigningCertURL', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'orders' }));
    const q1 = await createQueue(sqs, 'orders-a');
    const q2 = await createQueue(sqs, 'orders-b');
    const sub1 = await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: q1.arn }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: q2.arn }));
    const { MessageId } = await sns.send(new PublishCommand({
      TopicArn, Message: 'order 42 placed', Subject: 'New order',
      MessageAttributes: {
        kind: { DataType: 'String', StringValue: 'order' },
        total: { DataType: 'Number', StringValue: '99.5' },
        tags: { DataType: 'String.Array', StringValue: '["a","b"]' },
        blob: { DataType: 'Binary', BinaryValue: new Uint8Array([1, 2, 3]) },
      },
    }));
    assert.match(MessageId!, /^[0-9a-f-]{36}$/);
    const [m1] = await receive(sqs, q1.url);
    const [m2] = await receive(sqs, q2.url);
    const envelope = JSON.parse(m1!.Body!) as Envelope;
    assert.equal(JSON.parse(m2!.Body!).MessageId, MessageId);
    assert.equal(envelope.Type, 'Notification');
    assert.equal(envelope.MessageId, MessageId);
    assert.equal(envelope.TopicArn, TopicArn);
    assert.equal(envelope.Subject, 'New order');
    assert.equal(envelope.Message, 'order 42 placed');
    assert.equal(envelope.SignatureVersion, '1');
    assert.match(envelope.Timestamp!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(envelope.UnsubscribeURL, `${kumo.url}/?Action=Unsubscribe&SubscriptionArn=${encodeURIComponent(sub1.SubscriptionArn!)}`);
    assert.deepEqual(envelope.MessageAttributes, {
      kind: { Type: 'String', Value: 'order' },
      total: { Type: 'Number', Value: '99.5' },
      tags: { Type: 'String.Array', Value: '["a","b"]' },
      blob: { Type: 'Binary', Value: 'AQID' },
    });
    assert.equal(m1!.MessageAttributes, undefined, 'without raw delivery the attributes travel in the envelope only');
    assert.ok(await verify(envelope), 'the signature verifies with the served certificate');
    assert.ok(!(await verify({ ...envelope, Message: 'tampered' })));
  });

  test('SignatureVersion 2 topics sign with SHA256', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'sha256', Attributes: { SignatureVersion: '2' } }));
    const q = await createQueue(sqs, 'sha256-q');
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: q.arn }));
    await sns.send(new PublishCommand({ TopicArn, Message: 'signed' }));
    const envelope = JSON.parse((await receive(sqs, q.url))[0]!.Body!) as Envelope;
    assert.equal(envelope.SignatureVersion, '2');
    assert.equal(envelope.Subject, undefined);
    assert.ok(await verify(envelope));
  });

  test('raw delivery sends the bare message with its attributes as SQS message attributes', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'raw' }));
    const q = await createQueue(sqs, 'raw-q');
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: q.arn, Attributes: { RawMessageDelivery: 'true' } }));
    await sns.send(new PublishCommand({
      TopicArn, Message: '{"id":1}',
      MessageAttributes: { kind: { DataType: 'String', StringValue: 'order' }, n: { DataType: 'Number', StringValue: '3' }, b: { DataType: 'Binary', BinaryValue: new Uint8Array([9]) } },
    }));
    const [message] = await receive(sqs, q.url);
    assert.equal(message!.Body, '{"id":1}');
    assert.deepEqual(message!.MessageAttributes?.kind, { DataType: 'String', StringValue: 'order' });
    assert.deepEqual(message!.MessageAttributes?.n, { DataType: 'Number', StringValue: '3' });
    assert.deepEqual([...(message!.MessageAttributes?.b?.BinaryValue ?? [])], [9]);
  });

  test('MessageStructure json gives each protocol its own text, default for the others', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'structured' }));
    const q = await createQueue(sqs, 'structured-q');
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: q.arn }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sms', Endpoint: '+15555550123' }));
    const { endpointArn } = await createPushEndpoint(sns);
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'application', Endpoint: endpointArn }));
    const Message = JSON.stringify({ default: 'plain', sqs: 'for queues', GCM: '{"notification":{"title":"hi"}}' });
    await sns.send(new PublishCommand({ TopicArn, Message, MessageStructure: 'json' }));
    assert.equal((JSON.parse((await receive(sqs, q.url))[0]!.Body!) as Envelope).Message, 'for queues');
    assert.equal((await waitForRecorded(kumo, { endpoint: '+15555550123' }))[0]!.message, 'plain');
    assert.equal((await waitForRecorded(kumo, { protocol: 'application' }))[0]!.message, '{"notification":{"title":"hi"}}');
    await rejects(sns.send(new PublishCommand({ TopicArn, Message: '{"sqs":"x"}', MessageStructure: 'json' })), 'InvalidParameter', 'Invalid parameter: Message Structure - No default entry in JSON message body');
    await rejects(sns.send(new PublishCommand({ TopicArn, Message: 'not json', MessageStructure: 'json' })), 'InvalidParameter', 'Invalid parameter: Message Structure - JSON message body failed to parse');
  });

  test('email, email-json and sms deliveries are recorded at /_kumo/sns/messages; PhoneNumber sends an SMS directly', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'mail' }));
    for (const Protocol of ['email', 'email-json']) {
      await sns.send(new SubscribeCommand({ TopicArn, Protocol, Endpoint: `${Protocol}@example.com` }));
      const [confirmation] = await waitForRecorded(kumo, { endpoint: `${Protocol}@example.com`, type: 'SubscriptionConfirmation' });
      await fetch(`${kumo.url}/?Action=ConfirmSubscription&TopicArn=${encodeURIComponent(TopicArn!)}&Token=${confirmation!.token}`);
    }
    const { MessageId } = await sns.send(new PublishCommand({ TopicArn, Message: 'hello by mail', Subject: 'Greetings' }));
    const [email] = await waitForRecorded(kumo, { endpoint: 'email@example.com', type: 'Notification' });
    assert.equal(email!.message, 'hello by mail');
    assert.equal(email!.subject, 'Greetings');
    const [json] = await waitForRecorded(kumo, { endpoint: 'email-json@example.com', type: 'Notification' });
    assert.equal((JSON.parse(json!.message) as Envelope).MessageId, MessageId);

    await sns.send(new PublishCommand({ PhoneNumber: '+15555550199', Message: 'your code is 1234' }));
    const [sms] = await waitForRecorded(kumo, { protocol: 'sms', endpoint: '+15555550199' });
    assert.equal(sms!.message, 'your code is 1234');
    const cleared = await fetch(`${kumo.url}/_kumo/sns/messages?protocol=sms`, { method: 'DELETE' });
    assert.equal(cleared.status, 200);
    assert.deepEqual(await waitForRecorded(kumo, { protocol: 'sms' }, 0), []);
  });

  test('validates targets, messages and attributes as AWS does', async () => {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'strict' }));
    const pub = (input: Record<string, unknown>) => sns.send(new PublishCommand({ TopicArn, Message: 'm', ...input }));
    await rejects(sns.send(new PublishCommand({ Message: 'm' })), 'InvalidParameter', 'Invalid parameter: TopicArn or TargetArn Reason: no value for required parameter');
    await rejects(pub({ Message: '' }), 'InvalidParameter', 'Invalid parameter: Empty message');
    await rejects(pub({ Message: 'x'.repeat(262_145) }), 'InvalidParameter', 'Invalid parameter: Message too long');
    await rejects(pub({ Subject: 'line\nbreak' }), 'InvalidParameter', 'Invalid parameter: Subject');
    await rejects(pub({ MessageDeduplicationId: 'd' }), 'InvalidParameter', /MessageDeduplicationId parameter that is not valid for this topic type/);
    await rejects(pub({ MessageAttributes: { a: { DataType: 'Decimal', StringValue: '1' } } }), 'ParameterValueInvalid', /supported type prefixes is Binary, Number, and String/);
    await rejects(pub({ MessageAttributes: { a: { DataType: 'Number', StringValue: 'ten' } } }), 'InvalidParameter', "Invalid parameter: MessageAttributes Reason: Could not cast message attribute 'a' value to number.");
    await rejects(pub({ MessageAttributes: { a: { DataType: 'String', StringValue: '' } } }), 'ParameterValueInvalid', /must contain non-empty message attribute value/);
    await rejects(sns.send(new PublishCommand({ TopicArn: `${TopicArn}-none`, Message: 'm' })), 'NotFound', 'Topic does not exist', 404);
    await rejects(sns.send(new PublishCommand({ PhoneNumber: '12', Message: 'm' })), 'InvalidParameter', /PhoneNumber/);
  });

  test('boto3 over the query protocol publishes and the message reaches the queue', async () => {
    const q = await createQueue(sqs, 'boto-q');
    const result = await boto3(kumo.url, `
sns = boto3.client('sns', endpoint_url=ENDPOINT)
arn = sns.create_topic(Name='boto-topic')['TopicArn']
sns.subscribe(TopicArn=arn, Protocol='sqs', Endpoint=${JSON.stringify(q.arn)}, Attributes={'RawMessageDelivery': 'true'})
out = sns.publish(TopicArn=arn, Message='from boto3', MessageAttributes={'k': {'DataType': 'String', 'StringValue': 'v'}})
try:
    sns.publish(TopicArn=arn, Message='')
    err = None
except Exception as e:
    err = e.response['Error']
print(json.dumps({'id': out['MessageId'], 'err': err}))
`);
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout) as { id: string; err: { Code: string; Message: string; Type: string } };
    assert.deepEqual(out.err, { Type: 'Sender', Code: 'InvalidParameter', Message: 'Invalid parameter: Empty message' });
    const [message] = await receive(sqs, q.url);
    assert.equal(message!.Body, 'from boto3');
    assert.equal(message!.MessageAttributes?.k?.StringValue, 'v');
  });
});
