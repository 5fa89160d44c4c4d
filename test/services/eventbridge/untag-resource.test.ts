import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, ListTagsForResourceCommand, PutRuleCommand, UntagResourceCommand } from '@aws-sdk/client-eventbridge';
import { startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge UntagResource', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('removes tags by key from rules on custom buses and from buses', async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'b', Tags: [{ Key: 'x', Value: '1' }, { Key: 'y', Value: '2' }] }));
    const { RuleArn } = await k.events.send(new PutRuleCommand({ Name: 'r', EventBusName: 'b', EventPattern: '{"source": ["x"]}', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] }));
    await k.events.send(new UntagResourceCommand({ ResourceARN: RuleArn, TagKeys: ['a', 'zzz'] }));
    assert.deepEqual((await k.events.send(new ListTagsForResourceCommand({ ResourceARN: RuleArn }))).Tags, [{ Key: 'b', Value: '2' }]);
    const busArn = RuleArn!.replace(/rule\/b\/r$/, 'event-bus/b');
    await k.events.send(new UntagResourceCommand({ ResourceARN: busArn, TagKeys: ['x'] }));
    assert.deepEqual((await k.events.send(new ListTagsForResourceCommand({ ResourceARN: busArn }))).Tags, [{ Key: 'y', Value: '2' }]);
  });
});
