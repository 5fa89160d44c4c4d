import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeRuleCommand, DisableRuleCommand, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { failure, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge DisableRule', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('a disabled rule matches nothing', async () => {
    const q = await k.queue('q');
    await k.events.send(new PutRuleCommand({ Name: 'r', EventPattern: '{"source": ["app"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'r', Targets: [{ Id: 't', Arn: q.arn }] }));
    await k.events.send(new DisableRuleCommand({ Name: 'r' }));
    assert.equal((await k.events.send(new DescribeRuleCommand({ Name: 'r' }))).State, 'DISABLED');
    await k.events.send(new PutEventsCommand({ Entries: [{ Source: 'app', DetailType: 'x', Detail: '{}' }] }));
    assert.deepEqual(await k.receive(q.url, 1), []);
  });

  test('a disabled scheduled rule stops firing', async () => {
    const q = await k.queue('ticks');
    await k.events.send(new PutRuleCommand({ Name: 's', ScheduleExpression: 'rate(1 minute)' }));
    await k.events.send(new PutTargetsCommand({ Rule: 's', Targets: [{ Id: 't', Arn: q.arn }] }));
    await k.events.send(new DisableRuleCommand({ Name: 's' }));
    await k.advance(180);
    assert.deepEqual(await k.receive(q.url, 0), []);
  });

  test('a missing rule is ResourceNotFoundException', async () => {
    const error = await failure(k.events.send(new DisableRuleCommand({ Name: 'nope' })));
    assert.deepEqual([error.name, error.message], ['ResourceNotFoundException', 'Rule nope does not exist on EventBus default.']);
  });
});
