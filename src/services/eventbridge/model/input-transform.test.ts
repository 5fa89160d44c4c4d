import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { envelope } from './envelope.js';
import { targetInput } from './input-transform.js';

const event = envelope({
  id: 'id-1', 'detail-type': 'EC2 Instance State-change Notification', source: 'aws.ec2', account: '123456789012',
  time: '2015-11-11T21:29:54Z', region: 'us-east-1', resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-1'],
  detail: { 'instance-id': 'i-0123456789', state: 'RUNNING', count: 3, list: [1, 2], nested: { a: 'x"y' } },
});
const rule = { ruleArn: 'arn:aws:events:us-east-1:123456789012:rule/r', ruleName: 'r', ingestionMs: Date.parse('2015-11-11T21:29:55Z') };
const paths = { instance: '$.detail.instance-id', state: '$.detail.state', count: '$.detail.count', nested: '$.detail.nested', missing: '$.detail.nope' };
const transformed = (InputTemplate: string) => targetInput({ InputTransformer: { InputPathsMap: paths, InputTemplate } }, event, rule);

describe('target input', () => {
  test('the whole event by default; a constant Input; the InputPath part as JSON', () => {
    assert.deepEqual(JSON.parse(targetInput({}, event, rule)), event);
    assert.equal(targetInput({ Input: '{"fixed":true}' }, event, rule), '{"fixed":true}');
    assert.equal(targetInput({ InputPath: '$.detail.state' }, event, rule), '"RUNNING"');
    assert.equal(targetInput({ InputPath: '$.detail.list[1]' }, event, rule), '2');
    assert.equal(targetInput({ InputPath: '$.detail' }, event, rule), JSON.stringify(event.detail));
  });

  test('plain-text and quoted-string templates take values as text', () => {
    assert.equal(transformed('<instance> is in state <state>'), 'i-0123456789 is in state RUNNING');
    assert.equal(transformed('"<instance> is in state <state>"'), '"i-0123456789 is in state RUNNING"');
    assert.equal(transformed('"<instance> is in state \\"<state>\\""'), '"i-0123456789 is in state \\"RUNNING\\""');
  });

  test('JSON templates: placeholders outside quotes are JSON values, inside quotes text', () => {
    assert.equal(transformed('{"instance": <instance>, "state": <state>, "count": <count>}'), '{"instance": "i-0123456789", "state": "RUNNING", "count": 3}');
    assert.equal(transformed('{"text": "<instance> is <state>", "n": "<count>"}'), '{"text": "i-0123456789 is RUNNING", "n": "3"}');
    assert.equal(transformed('{"obj": <nested>, "quoted": "<nested>"}'), '{"obj": {"a":"x\\"y"}, "quoted": "{"a":"x\\"y"}"}');
    assert.equal(transformed('{"gone": <missing>, "empty": "<missing>"}'), '{"gone": null, "empty": ""}');
    assert.deepEqual(JSON.parse(transformed('{"rule": <aws.events.rule-name>, "arn": "<aws.events.rule-arn>", "at": <aws.events.event.ingestion-time>}')), {
      rule: 'r', arn: rule.ruleArn, at: '2015-11-11T21:29:55.000Z',
    });
    assert.deepEqual(JSON.parse(transformed('{"e": <aws.events.event.json>}')).e, event);
    assert.equal(JSON.parse(transformed('{"e": <aws.events.event>}')).e.detail, undefined);
  });

  test('unknown placeholders stay as written', () => {
    assert.equal(transformed('<unknown> and <state>'), '<unknown> and RUNNING');
  });
});
