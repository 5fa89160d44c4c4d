import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListTargetsByRuleCommand, PutRuleCommand, PutTargetsCommand, RemoveTargetsCommand } from '@aws-sdk/client-eventbridge';
import { failure, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge RemoveTargets', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('removes targets by Id; unknown Ids are ignored', async () => {
    const q = await k.queue('q');
    await k.events.send(new PutRuleCommand({ Name: 'r', EventPattern: '{"source": ["x"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'r', Targets: [{ Id: 'a', Arn: q.arn }, { Id: 'b', Arn: q.arn }] }));
    const out = await k.events.send(new RemoveTargetsCommand({ Rule: 'r', Ids: ['a', 'zzz'] }));
    assert.deepEqual([out.FailedEntryCount, out.FailedEntries], [0, []]);
    const { Targets } = await k.events.send(new ListTargetsByRuleCommand({ Rule: 'r' }));
    assert.deepEqual(Targets?.map((t) => t.Id), ['b']);
  });

  test('a missing rule is ResourceNotFoundException', async () => {
    const error = await failure(k.events.send(new RemoveTargetsCommand({ Rule: 'nope', Ids: ['a'] })));
    assert.deepEqual([error.name, error.message], ['ResourceNotFoundException', 'Rule nope does not exist on EventBus default.']);
  });
});
