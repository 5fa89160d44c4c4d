import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TestEventPatternCommand } from '@aws-sdk/client-eventbridge';
import { failure, startEventsKumo, type EventsKumo } from './support.js';

const event = JSON.stringify({
  id: '7bf73129-1428-4cd3-a780-95db273d1602', 'detail-type': 'EC2 Instance State-change Notification', source: 'aws.ec2', account: '123456789012',
  time: '2015-11-11T21:29:54Z', region: 'us-east-1', resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-abcd1111', state: 'pending' },
});

describe('EventBridge TestEventPattern', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());
  const check = (pattern: unknown) => k.events.send(new TestEventPatternCommand({ EventPattern: JSON.stringify(pattern), Event: event }));

  test('answers whether the event matches, with the same matcher rules use', async () => {
    assert.equal((await check({ source: ['aws.ec2'], detail: { state: ['pending'] } })).Result, true);
    assert.equal((await check({ source: ['aws.ec2'], detail: { state: [{ 'anything-but': 'pending' }] } })).Result, false);
    assert.equal((await check({ resources: [{ wildcard: '*:instance/i-*' }] })).Result, true);
    assert.equal((await check({ $or: [{ source: ['aws.s3'] }, { 'detail-type': [{ prefix: 'EC2' }] }] })).Result, true);
  });

  test('an invalid pattern is InvalidEventPatternException; an event without the envelope fields is refused', async () => {
    const pattern = await failure(k.events.send(new TestEventPatternCommand({ EventPattern: '{"source": []}', Event: event })));
    assert.equal(pattern.name, 'InvalidEventPatternException');
    assert.match(pattern.message, /^Event pattern is not valid\. Reason: Empty arrays are not allowed\n at \[Source: \(String\)"\{"source": \[\]\}"; line: 1, column: 14\]$/);
    const bad = await failure(k.events.send(new TestEventPatternCommand({ EventPattern: '{"source": ["x"]}', Event: '{"source": "x"}' })));
    assert.deepEqual([bad.name, bad.message], ['ValidationException', 'Parameter Event is not valid.']);
  });
});
