import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, ListRulesCommand, PutRuleCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge ListRules', () => {
  let k: EventsKumo;
  before(async () => {
    k = await startEventsKumo();
    for (const name of ['orders-b', 'orders-a', 'billing', 'orders-c']) {
      await k.events.send(new PutRuleCommand({ Name: name, EventPattern: '{"source": ["x"]}' }));
    }
    await k.events.send(new CreateEventBusCommand({ Name: 'other' }));
    await k.events.send(new PutRuleCommand({ Name: 'orders-z', EventBusName: 'other', EventPattern: '{"source": ["x"]}' }));
  });
  after(() => k.kumo.stop());

  test('lists a bus\'s rules in name order, filtered by NamePrefix', async () => {
    const all = await k.events.send(new ListRulesCommand({}));
    assert.deepEqual(all.Rules?.map((r) => r.Name), ['billing', 'orders-a', 'orders-b', 'orders-c']);
    assert.deepEqual(all.Rules?.[0], { Name: 'billing', Arn: `arn:aws:events:${REGION}:${ACCOUNT}:rule/billing`, EventPattern: '{"source": ["x"]}', State: 'ENABLED', EventBusName: 'default' });
    const prefixed = await k.events.send(new ListRulesCommand({ NamePrefix: 'orders-' }));
    assert.deepEqual(prefixed.Rules?.map((r) => r.Name), ['orders-a', 'orders-b', 'orders-c']);
    const other = await k.events.send(new ListRulesCommand({ EventBusName: 'other' }));
    assert.deepEqual(other.Rules?.map((r) => r.Name), ['orders-z']);
  });

  test('pages with Limit and NextToken', async () => {
    const first = await k.events.send(new ListRulesCommand({ Limit: 3 }));
    assert.deepEqual(first.Rules?.map((r) => r.Name), ['billing', 'orders-a', 'orders-b']);
    const second = await k.events.send(new ListRulesCommand({ Limit: 3, NextToken: first.NextToken }));
    assert.deepEqual(second.Rules?.map((r) => r.Name), ['orders-c']);
    assert.equal(second.NextToken, undefined);
    const bad = await failure(k.events.send(new ListRulesCommand({ NextToken: 'garbage' })));
    assert.equal(bad.name, 'ValidationException');
  });
});
