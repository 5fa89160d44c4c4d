import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, DescribeEventBusCommand, ListTagsForResourceCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge CreateEventBus', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('creates a bus with its description, dead-letter config and tags', async () => {
    const out = await k.events.send(new CreateEventBusCommand({ Name: 'orders', Description: 'Orders', DeadLetterConfig: { Arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dlq` }, Tags: [{ Key: 'k', Value: 'v' }] }));
    assert.equal(out.EventBusArn, `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/orders`);
    assert.equal(out.Description, 'Orders');
    assert.deepEqual(out.DeadLetterConfig, { Arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:dlq` });
    const described = await k.events.send(new DescribeEventBusCommand({ Name: 'orders' }));
    assert.equal(described.Description, 'Orders');
    assert.deepEqual((await k.events.send(new ListTagsForResourceCommand({ ResourceARN: out.EventBusArn }))).Tags, [{ Key: 'k', Value: 'v' }]);
  });

  test('refuses a name in use (default included) and names with /', async () => {
    const again = await failure(k.events.send(new CreateEventBusCommand({ Name: 'orders' })));
    assert.deepEqual([again.name, again.message, again.status], ['ResourceAlreadyExistsException', 'Event bus orders already exists.', 400]);
    const dflt = await failure(k.events.send(new CreateEventBusCommand({ Name: 'default' })));
    assert.deepEqual([dflt.name, dflt.message], ['ResourceAlreadyExistsException', 'Event bus default already exists.']);
    const slash = await failure(k.events.send(new CreateEventBusCommand({ Name: 'a/b' })));
    assert.equal(slash.name, 'ValidationException');
    const bad = await failure(k.events.send(new CreateEventBusCommand({ Name: 'a b' })));
    assert.equal(bad.message, "1 validation error detected: Value 'a b' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [/\\.\\-_A-Za-z0-9]+");
  });
});
