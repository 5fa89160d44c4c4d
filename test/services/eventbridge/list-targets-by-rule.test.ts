import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListTargetsByRuleCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { failure, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge ListTargetsByRule', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('lists targets in the order they were added, paged', async () => {
    const q = await k.queue('q');
    await k.events.send(new PutRuleCommand({ Name: 'r', EventPattern: '{"source": ["x"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'r', Targets: ['c', 'a', 'b'].map((Id) => ({ Id, Arn: q.arn })) }));
    const first = await k.events.send(new ListTargetsByRuleCommand({ Rule: 'r', Limit: 2 }));
    assert.deepEqual(first.Targets?.map((t) => t.Id), ['c', 'a']);
    const rest = await k.events.send(new ListTargetsByRuleCommand({ Rule: 'r', Limit: 2, NextToken: first.NextToken }));
    assert.deepEqual([rest.Targets?.map((t) => t.Id), rest.NextToken], [['b'], undefined]);
  });

  test('a missing rule is ResourceNotFoundException', async () => {
    const error = await failure(k.events.send(new ListTargetsByRuleCommand({ Rule: 'nope' })));
    assert.deepEqual([error.name, error.message], ['ResourceNotFoundException', 'Rule nope does not exist on EventBus default.']);
  });
});
