import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { boto3 } from '../../support/cli-clients.js';
import { startEventsKumo, type EventsKumo } from './support.js';

/** PutRule, PutTargets and PutEvents to an SQS queue with boto3 (JSON 1.1 over botocore). */
describe('EventBridge scenario with boto3', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test('a rule routes a put event to a queue; errors come back as boto3 exceptions', async () => {
    const py = await boto3(k.kumo.url, `
events = boto3.client('events', endpoint_url=ENDPOINT)
sqs = boto3.client('sqs', endpoint_url=ENDPOINT)
out = {'protocol': events.meta.service_model.protocol}
url = sqs.create_queue(QueueName='py-events')['QueueUrl']
arn = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=['QueueArn'])['Attributes']['QueueArn']
out['rule'] = events.put_rule(Name='py-rule', EventPattern=json.dumps({'source': ['py.app'], 'detail': {'kind': [{'prefix': 'ord'}]}}))['RuleArn']
out['targets'] = events.put_targets(Rule='py-rule', Targets=[{'Id': 'q', 'Arn': arn}])['FailedEntryCount']
put = events.put_events(Entries=[{'Source': 'py.app', 'DetailType': 'Created', 'Detail': json.dumps({'kind': 'order', 'n': 1})}])
out['put'] = [put['FailedEntryCount'], len(put['Entries'])]
m = sqs.receive_message(QueueUrl=url, WaitTimeSeconds=2)['Messages'][0]
body = json.loads(m['Body'])
out['event'] = [body['id'] == put['Entries'][0]['EventId'], body['source'], body['detail-type'], body['detail']]
try:
    events.delete_rule(Name='py-rule')
except events.exceptions.ClientError as e:
    out['error'] = [e.response['Error']['Code'], e.response['Error']['Message'], e.response['ResponseMetadata']['HTTPStatusCode']]
try:
    events.put_rule(Name='bad', EventPattern='{"source": "x"}')
except events.exceptions.InvalidEventPatternException as e:
    out['pattern'] = e.response['Error']['Message'].split('\\n')[0]
print(json.dumps(out))
`);
    assert.equal(py.status, 0, py.stderr);
    const out = JSON.parse(py.stdout);
    assert.equal(out.protocol, 'json');
    assert.equal(out.rule, 'arn:aws:events:us-east-1:000000000000:rule/py-rule');
    assert.equal(out.targets, 0);
    assert.deepEqual(out.put, [0, 1]);
    assert.deepEqual(out.event, [true, 'py.app', 'Created', { kind: 'order', n: 1 }]);
    assert.deepEqual(out.error, ['ValidationException', "Rule can't be deleted since it has targets.", 400]);
    assert.equal(out.pattern, 'Event pattern is not valid. Reason: "source" must be an object or an array');
  });
});
