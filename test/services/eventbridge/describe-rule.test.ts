import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, DescribeRuleCommand, PutRuleCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge DescribeRule', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('answers every setting of the rule', async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'b' }));
    await k.events.send(new PutRuleCommand({ Name: 'r', EventBusName: 'b', EventPattern: '{"source": ["x"]}', Description: 'd', RoleArn: `arn:aws:iam::${ACCOUNT}:role/r`, State: 'DISABLED' }));
    const out = await k.events.send(new DescribeRuleCommand({ Name: 'r', EventBusName: 'b' }));
    const { $metadata: _m, ...rule } = out;
    assert.deepEqual(rule, {
      Name: 'r', Arn: `arn:aws:events:${REGION}:${ACCOUNT}:rule/b/r`, EventPattern: '{"source": ["x"]}', State: 'DISABLED', Description: 'd',
      RoleArn: `arn:aws:iam::${ACCOUNT}:role/r`, EventBusName: 'b', CreatedBy: ACCOUNT,
    });
  });

  test('a missing rule or bus is ResourceNotFoundException', async () => {
    const rule = await failure(k.events.send(new DescribeRuleCommand({ Name: 'nope' })));
    assert.deepEqual([rule.name, rule.message, rule.status], ['ResourceNotFoundException', 'Rule nope does not exist on EventBus default.', 400]);
    const bus = await failure(k.events.send(new DescribeRuleCommand({ Name: 'r', EventBusName: 'nobus' })));
    assert.deepEqual([bus.name, bus.message], ['ResourceNotFoundException', 'Event bus nobus does not exist.']);
  });
});
