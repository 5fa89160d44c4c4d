import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, DescribeEventBusCommand, UpdateEventBusCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge UpdateEventBus', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('changes the description and dead-letter config', async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'b', Description: 'old' }));
    const out = await k.events.send(new UpdateEventBusCommand({ Name: 'b', Description: 'new', DeadLetterConfig: { Arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dlq` } }));
    assert.deepEqual([out.Name, out.Arn, out.Description], ['b', `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/b`, 'new']);
    const described = await k.events.send(new DescribeEventBusCommand({ Name: 'b' }));
    assert.equal(described.Description, 'new');
    assert.deepEqual(described.DeadLetterConfig, { Arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dlq` });
  });

  test('a missing bus is ResourceNotFoundException', async () => {
    assert.equal((await failure(k.events.send(new UpdateEventBusCommand({ Name: 'nope', Description: 'x' })))).name, 'ResourceNotFoundException');
  });
});
