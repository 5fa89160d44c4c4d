import assert from 'node:assert/strict';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, DeleteMessageCommand, ReceiveMessageCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startTestKumo } from '../../support/start-test-kumo.js';

export const ACCOUNT = '000000000000';
export const REGION = 'us-east-1';

export interface EventsKumo {
  kumo: EmbeddedKumo;
  events: EventBridgeClient;
  sqs: SQSClient;
  /** Moves Kumo's clock; due schedules have run when it answers. */
  advance(seconds: number): Promise<void>;
  /** Creates a queue; returns its URL and ARN. */
  queue(name: string, attributes?: Record<string, string>): Promise<{ url: string; arn: string }>;
  /** Receives (and deletes) up to `max` messages, waiting up to `waitSeconds` for the first. */
  receive(url: string, waitSeconds?: number, max?: number): Promise<Message[]>;
}

/** A Kumo with EventBridge (and SQS, for targets) plus whatever else the test needs. */
export async function startEventsKumo(extra: string[] = []): Promise<EventsKumo> {
  const kumo = await startTestKumo(['eventbridge', 'sqs', ...extra]);
  const events = new EventBridgeClient(kumo.clientConfig);
  const sqs = new SQSClient(kumo.clientConfig);
  return {
    kumo,
    events,
    sqs,
    async advance(advanceSeconds) {
      const response = await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds }) });
      assert.equal(response.status, 200);
    },
    async queue(name, attributes) {
      const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name, Attributes: attributes }));
      return { url: QueueUrl!, arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}` };
    },
    async receive(url, waitSeconds = 1, max = 10) {
      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: waitSeconds, MaxNumberOfMessages: max, MessageAttributeNames: ['All'], AttributeNames: ['All'] }));
      // Deleted at once, so a later clock advance cannot make them visible again.
      for (const m of Messages) await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle }));
      return Messages;
    },
  };
}

/** What an SDK call threw: its error name, message and HTTP status. */
export async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string; status: number | undefined }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  assert.fail('expected the call to fail');
}
