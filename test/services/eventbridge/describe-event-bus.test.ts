import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, DescribeEventBusCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge DescribeEventBus', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('the default bus exists without being created; by name or ARN', async () => {
    const dflt = await k.events.send(new DescribeEventBusCommand({}));
    assert.equal(dflt.Name, 'default');
    assert.equal(dflt.Arn, `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default`);
    assert.ok(dflt.CreationTime instanceof Date);
    await k.events.send(new CreateEventBusCommand({ Name: 'custom' }));
    const byArn = await k.events.send(new DescribeEventBusCommand({ Name: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/custom` }));
    assert.equal(byArn.Name, 'custom');
  });

  test('a missing bus is ResourceNotFoundException', async () => {
    const error = await failure(k.events.send(new DescribeEventBusCommand({ Name: 'nope' })));
    assert.deepEqual([error.name, error.message, error.status], ['ResourceNotFoundException', 'Event bus nope does not exist.', 400]);
  });
});
