import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteRuleCommand, DescribeRuleCommand, PutRuleCommand, PutTargetsCommand, RemoveTargetsCommand } from '@aws-sdk/client-eventbridge';
import { failure, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge DeleteRule', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('refuses while targets remain, then deletes', async () => {
    const q = await k.queue('q');
    await k.events.send(new PutRuleCommand({ Name: 'r', EventPattern: '{"source": ["x"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'r', Targets: [{ Id: 't', Arn: q.arn }] }));
    const refused = await failure(k.events.send(new DeleteRuleCommand({ Name: 'r' })));
    assert.deepEqual([refused.name, refused.message, refused.status], ['ValidationException', "Rule can't be deleted since it has targets.", 400]);
    await k.events.send(new RemoveTargetsCommand({ Rule: 'r', Ids: ['t'] }));
    await k.events.send(new DeleteRuleCommand({ Name: 'r' }));
    assert.equal((await failure(k.events.send(new DescribeRuleCommand({ Name: 'r' })))).name, 'ResourceNotFoundException');
  });

  test('Force deletes a rule with targets; an absent rule is a success', async () => {
    const q = await k.queue('q2');
    await k.events.send(new PutRuleCommand({ Name: 'f', EventPattern: '{"source": ["x"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'f', Targets: [{ Id: 't', Arn: q.arn }] }));
    await k.events.send(new DeleteRuleCommand({ Name: 'f', Force: true }));
    assert.equal((await failure(k.events.send(new DescribeRuleCommand({ Name: 'f' })))).name, 'ResourceNotFoundException');
    const out = await k.events.send(new DeleteRuleCommand({ Name: 'never-existed' }));
    assert.equal(out.$metadata.httpStatusCode, 200);
  });

  test('a deleted scheduled rule stops firing', async () => {
    const q = await k.queue('sched');
    await k.events.send(new PutRuleCommand({ Name: 's', ScheduleExpression: 'rate(1 minute)' }));
    await k.events.send(new PutTargetsCommand({ Rule: 's', Targets: [{ Id: 't', Arn: q.arn }] }));
    await k.events.send(new DeleteRuleCommand({ Name: 's', Force: true }));
    await k.advance(120);
    assert.deepEqual(await k.receive(q.url, 0), []);
  });
});
