import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, DeleteEventBusCommand, DescribeEventBusCommand, PutRuleCommand, ListRulesCommand } from '@aws-sdk/client-eventbridge';
import { failure, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge DeleteEventBus', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('deletes a bus and its rules; a bus of the same name starts empty', async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'temp' }));
    await k.events.send(new PutRuleCommand({ Name: 'r', EventBusName: 'temp', EventPattern: '{"source": ["x"]}' }));
    await k.events.send(new DeleteEventBusCommand({ Name: 'temp' }));
    assert.equal((await failure(k.events.send(new DescribeEventBusCommand({ Name: 'temp' })))).name, 'ResourceNotFoundException');
    await k.events.send(new CreateEventBusCommand({ Name: 'temp' }));
    assert.deepEqual((await k.events.send(new ListRulesCommand({ EventBusName: 'temp' }))).Rules, []);
  });

  test('the default bus cannot be deleted; an absent bus is a success', async () => {
    const error = await failure(k.events.send(new DeleteEventBusCommand({ Name: 'default' })));
    assert.deepEqual([error.name, error.message], ['ValidationException', 'Cannot delete event bus default.']);
    assert.equal((await k.events.send(new DeleteEventBusCommand({ Name: 'never' }))).$metadata.httpStatusCode, 200);
  });
});
