import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventBridgeClient, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateQueueCommand, ReceiveMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startKumo } from '../../../src/index.js';
import { ACCOUNT, REGION, startEventsKumo, type EventsKumo } from './support.js';

/** A detail too big for a queue whose MaximumMessageSize is 1024: SQS refuses it until the limit is raised. */
const BIG = JSON.stringify({ pad: 'x'.repeat(1500) });

describe('EventBridge delivery retries (target RetryPolicy)', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  const setup = async (name: string, retryPolicy: Record<string, number>) => {
    const small = await k.queue(`${name}-small`, { MaximumMessageSize: '1024' });
    const dlq = await k.queue(`${name}-dlq`);
    await k.events.send(new PutRuleCommand({ Name: name, EventPattern: JSON.stringify({ source: [name] }) }));
    await k.events.send(new PutTargetsCommand({ Rule: name, Targets: [{ Id: 't', Arn: small.arn, RetryPolicy: retryPolicy, DeadLetterConfig: { Arn: dlq.arn } }] }));
    await k.events.send(new PutEventsCommand({ Entries: [{ Source: name, DetailType: 'Big', Detail: BIG }] }));
    return { small, dlq };
  };

  test('a failing target is retried with backoff, then the event goes to the DLQ with RETRY_ATTEMPTS', async () => {
    const { dlq } = await setup('exhaust', { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 });
    assert.deepEqual(await k.receive(dlq.url, 0), [], 'not dead-lettered while retries remain');
    await k.advance(300);
    assert.deepEqual(await k.receive(dlq.url, 0), []);
    await k.advance(300);
    const [dead] = await k.receive(dlq.url);
    assert.ok(dead, 'dead-lettered after the last retry');
    assert.equal(dead.MessageAttributes!.RETRY_ATTEMPTS!.StringValue, '2');
    assert.equal(dead.MessageAttributes!.ERROR_CODE!.StringValue, 'SDK_CLIENT_ERROR');
    assert.equal((JSON.parse(dead.Body!) as { source: string }).source, 'exhaust');
  });

  test('a retry succeeds once the target accepts the event', async () => {
    const { small, dlq } = await setup('recover', { MaximumRetryAttempts: 5 });
    await k.sqs.send(new SetQueueAttributesCommand({ QueueUrl: small.url, Attributes: { MaximumMessageSize: '262144' } }));
    await k.advance(300);
    const [delivered] = await k.receive(small.url);
    assert.equal((JSON.parse(delivered!.Body!) as { source: string }).source, 'recover');
    assert.deepEqual(await k.receive(dlq.url, 0), []);
  });

  test('MaximumEventAgeInSeconds ends the retries; MaximumRetryAttempts 0 means none', async () => {
    const aged = await setup('aged', { MaximumEventAgeInSeconds: 60 });
    await k.advance(30);
    assert.deepEqual(await k.receive(aged.dlq.url, 0), []);
    await k.advance(30);
    const [dead] = await k.receive(aged.dlq.url);
    assert.equal(dead!.MessageAttributes!.RETRY_ATTEMPTS!.StringValue, '2');
    const none = await setup('none', { MaximumRetryAttempts: 0 });
    const [immediate] = await k.receive(none.dlq.url);
    assert.equal(immediate!.MessageAttributes!.RETRY_ATTEMPTS!.StringValue, '0');
  });

  test('a missing target is not retried: straight to the DLQ', async () => {
    const dlq = await k.queue('missing-dlq');
    await k.events.send(new PutRuleCommand({ Name: 'missing', EventPattern: '{"source":["missing"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'missing', Targets: [{ Id: 't', Arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:no-such-queue`, DeadLetterConfig: { Arn: dlq.arn } }] }));
    await k.events.send(new PutEventsCommand({ Entries: [{ Source: 'missing', DetailType: 'x', Detail: '{}' }] }));
    const [dead] = await k.receive(dlq.url);
    assert.deepEqual([dead!.MessageAttributes!.ERROR_CODE!.StringValue, dead!.MessageAttributes!.RETRY_ATTEMPTS!.StringValue], ['RESOURCE_NOT_FOUND', '0']);
  });

  test('pending retries survive a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kumo-eb-retry-'));
    try {
      const first = await startKumo({ port: 0, dataDir, services: ['eventbridge', 'sqs'] });
      const sqs1 = new SQSClient(first.clientConfig);
      const { QueueUrl } = await sqs1.send(new CreateQueueCommand({ QueueName: 'later', Attributes: { MaximumMessageSize: '1024' } }));
      const events1 = new EventBridgeClient(first.clientConfig);
      await events1.send(new PutRuleCommand({ Name: 'later', EventPattern: '{"source":["later"]}' }));
      await events1.send(new PutTargetsCommand({ Rule: 'later', Targets: [{ Id: 't', Arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:later` }] }));
      await events1.send(new PutEventsCommand({ Entries: [{ Source: 'later', DetailType: 'Big', Detail: BIG }] }));
      await first.stop();

      const second = await startKumo({ port: 0, dataDir, services: ['eventbridge', 'sqs'] });
      const sqs2 = new SQSClient(second.clientConfig);
      const url = QueueUrl!.replace(first.url, second.url);
      await sqs2.send(new SetQueueAttributesCommand({ QueueUrl: url, Attributes: { MaximumMessageSize: '262144' } }));
      const clock = await fetch(`${second.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 300 }) });
      assert.equal(clock.status, 200);
      const { Messages = [] } = await sqs2.send(new ReceiveMessageCommand({ QueueUrl: url, WaitTimeSeconds: 1 }));
      assert.equal(Messages.length, 1);
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
