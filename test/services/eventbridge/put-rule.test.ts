import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, DescribeRuleCommand, PutRuleCommand, PutTargetsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge PutRule', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('creates a rule and answers its ARN (custom buses appear in rule ARNs)', async () => {
    const out = await k.events.send(new PutRuleCommand({ Name: 'r1', EventPattern: '{"source": ["a"]}', Description: 'first', Tags: [{ Key: 'team', Value: 'x' }] }));
    assert.equal(out.RuleArn, `arn:aws:events:${REGION}:${ACCOUNT}:rule/r1`);
    await k.events.send(new CreateEventBusCommand({ Name: 'custom' }));
    const custom = await k.events.send(new PutRuleCommand({ Name: 'r1', EventBusName: 'custom', EventPattern: '{"source": ["a"]}' }));
    assert.equal(custom.RuleArn, `arn:aws:events:${REGION}:${ACCOUNT}:rule/custom/r1`);
  });

  test('a second PutRule replaces the settings but keeps targets and tags', async () => {
    const q = await k.queue('keep');
    await k.events.send(new PutTargetsCommand({ Rule: 'r1', Targets: [{ Id: 't', Arn: q.arn }] }));
    await k.events.send(new PutRuleCommand({ Name: 'r1', EventPattern: '{"source": ["b"]}', State: 'DISABLED', Tags: [{ Key: 'ignored', Value: 'y' }] }));
    const rule = await k.events.send(new DescribeRuleCommand({ Name: 'r1' }));
    assert.equal(rule.EventPattern, '{"source": ["b"]}');
    assert.equal(rule.State, 'DISABLED');
    assert.equal(rule.Description, undefined);
    const { Tags } = await k.events.send(new ListTagsForResourceCommand({ ResourceARN: rule.Arn }));
    assert.deepEqual(Tags, [{ Key: 'team', Value: 'x' }]);
  });

  test('needs a pattern or a schedule; schedules only on the default bus and well formed', async () => {
    const none = await failure(k.events.send(new PutRuleCommand({ Name: 'none' })));
    assert.deepEqual([none.name, none.message, none.status], ['ValidationException', 'Parameter(s) EventPattern or ScheduleExpression must be specified.', 400]);
    const customSchedule = await failure(k.events.send(new PutRuleCommand({ Name: 's', EventBusName: 'custom', ScheduleExpression: 'rate(5 minutes)' })));
    assert.deepEqual([customSchedule.name, customSchedule.message], ['ValidationException', 'ScheduleExpression is supported only on the default event bus.']);
    for (const bad of ['rate(1 minutes)', 'rate(5 seconds)', 'cron(0 12 * * * *)', 'every day']) {
      const error = await failure(k.events.send(new PutRuleCommand({ Name: 's', ScheduleExpression: bad })));
      assert.deepEqual([error.name, error.message], ['ValidationException', 'Parameter ScheduleExpression is not valid.'], bad);
    }
    const noBus = await failure(k.events.send(new PutRuleCommand({ Name: 's', EventBusName: 'missing', EventPattern: '{"a": ["b"]}' })));
    assert.deepEqual([noBus.name, noBus.message], ['ResourceNotFoundException', 'Event bus missing does not exist.']);
    const badName = await failure(k.events.send(new PutRuleCommand({ Name: 'bad name', EventPattern: '{"a": ["b"]}' })));
    assert.equal(badName.message, "1 validation error detected: Value 'bad name' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+");
  });

  test('an invalid pattern is refused with AWS\'s reason and location', async () => {
    const error = await failure(k.events.send(new PutRuleCommand({ Name: 'bad', EventPattern: '{"source": "aws.s3"}' })));
    assert.equal(error.name, 'InvalidEventPatternException');
    assert.equal(error.message, 'Event pattern is not valid. Reason: "source" must be an object or an array\n at [Source: (String)"{"source": "aws.s3"}"; line: 1, column: 13]');
  });

  test('a scheduled rule fires "Scheduled Event"s from aws.events on Kumo\'s clock', async () => {
    const q = await k.queue('ticks');
    const { RuleArn } = await k.events.send(new PutRuleCommand({ Name: 'every-5', ScheduleExpression: 'rate(5 minutes)' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'every-5', Targets: [{ Id: 'q', Arn: q.arn }] }));
    await k.advance(200);
    assert.deepEqual(await k.receive(q.url, 0), [], 'not yet due');
    await k.advance(120);
    const [tick] = await k.receive(q.url, 0);
    const event = JSON.parse(tick!.Body!);
    assert.deepEqual({ ...event, id: '', time: '' }, {
      version: '0', id: '', 'detail-type': 'Scheduled Event', source: 'aws.events', account: ACCOUNT, time: '', region: REGION, resources: [RuleArn], detail: {},
    });
    assert.match(event.time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    await k.advance(300);
    assert.equal((await k.receive(q.url, 0)).length, 1, 'fires again one period later');
  });

  test('cron schedules fire at their UTC minute', async () => {
    const q = await k.queue('cron');
    await k.events.send(new PutRuleCommand({ Name: 'each-minute', ScheduleExpression: 'cron(* * * * ? *)' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'each-minute', Targets: [{ Id: 'q', Arn: q.arn, Input: '"tick"' }] }));
    await k.advance(61);
    const [tick] = await k.receive(q.url, 0);
    assert.equal(tick?.Body, '"tick"');
  });
});
