import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreatePlatformApplicationCommand, CreatePlatformEndpointCommand, SNSClient } from '@aws-sdk/client-sns';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';

export interface SnsKit {
  kumo: EmbeddedKumo;
  sns: SNSClient;
  sqs: SQSClient;
}

export async function startSns(services = ['sns', 'sqs']): Promise<SnsKit> {
  const kumo = await startTestKumo(services);
  return { kumo, sns: new SNSClient(kumo.clientConfig), sqs: new SQSClient(kumo.clientConfig) };
}

export async function advanceClock(kumo: EmbeddedKumo, seconds: number): Promise<void> {
  const response = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: seconds }) });
  assert.equal(response.status, 200);
}

/** The SDK v3 exception name for an SNS query error code. */
export function sdkName(code: string): string {
  return code === 'ParameterValueInvalid' ? 'InvalidParameterValueException' : `${code}Exception`;
}

/** Asserts an SDK call fails with AWS's query error code (as the SDK names it), message and status. */
export async function rejects(promise: Promise<unknown>, code: string, message: string | RegExp, status = 400): Promise<void> {
  await assert.rejects(promise, (error: Error & { $metadata?: { httpStatusCode?: number } }) => {
    assert.equal(error.name, sdkName(code));
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    assert.equal(error.$metadata?.httpStatusCode, status);
    return true;
  });
}

export async function createQueue(sqs: SQSClient, name: string, attributes?: Record<string, string>): Promise<{ url: string; arn: string }> {
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl!, arn: Attributes!.QueueArn! };
}

/** Long-polls a queue once (up to `wait` seconds), with message attributes. */
export async function receive(sqs: SQSClient, url: string, wait = 2, max = 10): Promise<Message[]> {
  const { Messages } = await sqs.send(new ReceiveMessageCommand({
    QueueUrl: url, WaitTimeSeconds: wait, MaxNumberOfMessages: max, MessageAttributeNames: ['All'], MessageSystemAttributeNames: ['All'],
  }));
  return Messages ?? [];
}

/** Receives until `count` messages arrived or a one-second long poll finds none. */
export async function receiveAll(sqs: SQSClient, url: string, count: number): Promise<Message[]> {
  const all: Message[] = [];
  for (let empty = 0; all.length < count && empty < 1;) {
    const batch = await receive(sqs, url, 1);
    if (batch.length === 0) empty++;
    all.push(...batch);
  }
  return all;
}

export interface RecordedMessage {
  protocol: string;
  endpoint: string;
  message: string;
  type: string;
  token?: string;
  subject?: string;
  subscriptionArn?: string;
  messageAttributes?: Record<string, { Type: string; Value: string }>;
}

export async function recordedMessages(kumo: EmbeddedKumo, query: Record<string, string> = {}): Promise<RecordedMessage[]> {
  const response = await fetch(`${kumo.url}/_kumo/sns/messages?${new URLSearchParams(query)}`);
  assert.equal(response.status, 200);
  return ((await response.json()) as { messages: RecordedMessage[] }).messages;
}

/** Polls the recorded messages briefly: deliveries happen just after Publish answers. */
export async function waitForRecorded(kumo: EmbeddedKumo, query: Record<string, string>, count = 1): Promise<RecordedMessage[]> {
  for (let i = 0; i < 50; i++) {
    const found = await recordedMessages(kumo, query);
    if (found.length >= count) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  return recordedMessages(kumo, query);
}

export interface ReceivedRequest {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local HTTP endpoint that records every POST and answers with the next status in `statuses` (200 after). */
export async function httpEndpoint(statuses: number[] = []): Promise<{ url: string; requests: ReceivedRequest[]; server: Server; next(count: number): Promise<ReceivedRequest[]> }> {
  const requests: ReceivedRequest[] = [];
  let waiters: Array<() => void> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('utf8')));
    req.on('end', () => {
      requests.push({ headers: req.headers, body });
      res.writeHead(statuses.shift() ?? 200).end();
      for (const w of waiters) w();
      waiters = [];
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const next = async (count: number) => {
    const deadline = Date.now() + 3000;
    while (requests.length < count && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return requests;
  };
  return { url, requests, server, next };
}

/** A GCM platform application and one device endpoint in it. */
export async function createPushEndpoint(sns: SNSClient, appName = 'app', token = 'device-token-1'): Promise<{ applicationArn: string; endpointArn: string }> {
  const { PlatformApplicationArn } = await sns.send(new CreatePlatformApplicationCommand({ Name: appName, Platform: 'GCM', Attributes: { PlatformCredential: 'fcm-server-key' } }));
  const { EndpointArn } = await sns.send(new CreatePlatformEndpointCommand({ PlatformApplicationArn, Token: token }));
  return { applicationArn: PlatformApplicationArn!, endpointArn: EndpointArn! };
}

/** Plays a recipient replying STOP to an SMS (default account and region). */
export async function optOut(kumo: EmbeddedKumo, phoneNumber: string): Promise<void> {
  const response = await fetch(`${kumo.url}/_kumo/sns/sms/opt-out`, { method: 'POST', body: JSON.stringify({ phoneNumber }) });
  assert.equal(response.status, 200);
}
