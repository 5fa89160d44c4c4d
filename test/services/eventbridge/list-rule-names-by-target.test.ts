import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ListRuleNamesByTargetCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge ListRuleNamesByTarget', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('names the rules of the bus that target an ARN, in name order, paged', async () => {
    const a = await k.queue('a');
    const b = await k.queue('b');
    for (const [rule, arn] of [['r3', a.arn], ['r1', a.arn], ['r2', b.arn], ['r4', a.arn]] as const) {
      await k.events.send(new PutRuleCommand({ Name: rule, EventPattern: '{"source": ["x"]}' }));
      await k.events.send(new PutTargetsCommand({ Rule: rule, Targets: [{ Id: 't', Arn: arn }] }));
    }
    const all = await k.events.send(new ListRuleNamesByTargetCommand({ TargetArn: a.arn }));
    assert.deepEqual(all.RuleNames, ['r1', 'r3', 'r4']);
    const page = await k.events.send(new ListRuleNamesByTargetCommand({ TargetArn: a.arn, Limit: 2 }));
    assert.deepEqual(page.RuleNames, ['r1', 'r3']);
    const rest = await k.events.send(new ListRuleNamesByTargetCommand({ TargetArn: a.arn, Limit: 2, NextToken: page.NextToken }));
    assert.deepEqual([rest.RuleNames, rest.NextToken], [['r4'], undefined]);
    assert.deepEqual((await k.events.send(new ListRuleNamesByTargetCommand({ TargetArn: 'arn:aws:sqs:us-east-1:000000000000:none' }))).RuleNames, []);
  });
});
