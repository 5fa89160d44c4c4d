import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, ListEventBusesCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge ListEventBuses', () => {
  let k: EventsKumo;
  before(async () => {
    k = await startEventsKumo();
    for (const name of ['orders', 'billing', 'orders-eu']) await k.events.send(new CreateEventBusCommand({ Name: name, Description: name === 'billing' ? 'money' : undefined }));
  });
  after(() => k.kumo.stop());

  test('lists the default bus and created ones in name order, by prefix and in pages', async () => {
    const all = await k.events.send(new ListEventBusesCommand({}));
    assert.deepEqual(all.EventBuses?.map((b) => b.Name), ['billing', 'default', 'orders', 'orders-eu']);
    const billing = all.EventBuses![0]!;
    assert.equal(billing.Arn, `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/billing`);
    assert.equal(billing.Description, 'money');
    assert.ok(billing.CreationTime instanceof Date);
    assert.deepEqual((await k.events.send(new ListEventBusesCommand({ NamePrefix: 'orders' }))).EventBuses?.map((b) => b.Name), ['orders', 'orders-eu']);
    const first = await k.events.send(new ListEventBusesCommand({ Limit: 2 }));
    assert.deepEqual(first.EventBuses?.map((b) => b.Name), ['billing', 'default']);
    const rest = await k.events.send(new ListEventBusesCommand({ Limit: 2, NextToken: first.NextToken }));
    assert.deepEqual([rest.EventBuses?.map((b) => b.Name), rest.NextToken], [['orders', 'orders-eu'], undefined]);
  });
});
