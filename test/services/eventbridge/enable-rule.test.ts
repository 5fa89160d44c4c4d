import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DescribeRuleCommand, DisableRuleCommand, EnableRuleCommand, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { failure, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge EnableRule', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('a disabled rule delivers again once enabled', async () => {
    const q = await k.queue('q');
    await k.events.send(new PutRuleCommand({ Name: 'r', EventPattern: '{"source": ["app"]}', State: 'DISABLED' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'r', Targets: [{ Id: 't', Arn: q.arn }] }));
    const send = (n: number) => k.events.send(new PutEventsCommand({ Entries: [{ Source: 'app', DetailType: 'x', Detail: JSON.stringify({ n }) }] }));
    await send(1);
    assert.deepEqual(await k.receive(q.url, 0), []);
    await k.events.send(new EnableRuleCommand({ Name: 'r' }));
    assert.equal((await k.events.send(new DescribeRuleCommand({ Name: 'r' }))).State, 'ENABLED');
    await send(2);
    const [message] = await k.receive(q.url);
    assert.equal(JSON.parse(message!.Body!).detail.n, 2);
  });

  test('a missing rule is ResourceNotFoundException', async () => {
    const error = await failure(k.events.send(new EnableRuleCommand({ Name: 'nope' })));
    assert.deepEqual([error.name, error.message], ['ResourceNotFoundException', 'Rule nope does not exist on EventBus default.']);
  });

  test('enabling a disabled scheduled rule restarts its schedule', async () => {
    const q = await k.queue('ticks');
    await k.events.send(new PutRuleCommand({ Name: 's', ScheduleExpression: 'rate(1 minute)', State: 'DISABLED' }));
    await k.events.send(new PutTargetsCommand({ Rule: 's', Targets: [{ Id: 't', Arn: q.arn }] }));
    await k.advance(120);
    assert.deepEqual(await k.receive(q.url, 0), []);
    await k.events.send(new EnableRuleCommand({ Name: 's' }));
    await k.advance(61);
    assert.equal((await k.receive(q.url, 0)).length, 1);
    await k.events.send(new DisableRuleCommand({ Name: 's' }));
  });
});
