import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, ListTagsForResourceCommand, PutRuleCommand, TagResourceCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge TagResource', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('adds and overwrites tags on rules and buses', async () => {
    const { RuleArn } = await k.events.send(new PutRuleCommand({ Name: 'r', EventPattern: '{"source": ["x"]}', Tags: [{ Key: 'a', Value: '1' }] }));
    await k.events.send(new TagResourceCommand({ ResourceARN: RuleArn, Tags: [{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }] }));
    assert.deepEqual((await k.events.send(new ListTagsForResourceCommand({ ResourceARN: RuleArn }))).Tags, [{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }]);
    const { EventBusArn } = await k.events.send(new CreateEventBusCommand({ Name: 'bus' }));
    await k.events.send(new TagResourceCommand({ ResourceARN: EventBusArn, Tags: [{ Key: 'env', Value: 'dev' }] }));
    assert.deepEqual((await k.events.send(new ListTagsForResourceCommand({ ResourceARN: EventBusArn }))).Tags, [{ Key: 'env', Value: 'dev' }]);
  });

  test('a missing resource is ResourceNotFoundException', async () => {
    const rule = await failure(k.events.send(new TagResourceCommand({ ResourceARN: `arn:aws:events:${REGION}:${ACCOUNT}:rule/nope`, Tags: [{ Key: 'a', Value: 'b' }] })));
    assert.deepEqual([rule.name, rule.message], ['ResourceNotFoundException', 'Rule nope does not exist on EventBus default.']);
    const bus = await failure(k.events.send(new TagResourceCommand({ ResourceARN: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/nope`, Tags: [{ Key: 'a', Value: 'b' }] })));
    assert.deepEqual([bus.name, bus.message], ['ResourceNotFoundException', 'Event bus nope does not exist.']);
  });
});
