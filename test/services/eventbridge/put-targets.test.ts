import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, ListTargetsByRuleCommand, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CloudWatchLogsClient, CreateLogGroupCommand, DescribeLogStreamsCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge PutTargets', () => {
  let k: EventsKumo;
  const put = (source: string, detail: unknown = {}) =>
    k.events.send(new PutEventsCommand({ Entries: [{ Source: source, DetailType: 'Thing Happened', Detail: JSON.stringify(detail) }] }));
  const rule = async (name: string, source: string, targets: Array<Record<string, unknown>>) => {
    await k.events.send(new PutRuleCommand({ Name: name, EventPattern: JSON.stringify({ source: [source] }) }));
    return k.events.send(new PutTargetsCommand({ Rule: name, Targets: targets as never }));
  };
  before(async () => (k = await startEventsKumo(['sns', 'cloudwatch-logs'])));
  after(() => k.kumo.stop());

  test('targets are stored as sent, replaced by Id, and answer FailedEntryCount 0', async () => {
    const q = await k.queue('stored');
    const out = await rule('stored', 'app.stored', [{ Id: 'a', Arn: q.arn, Input: '{"x":1}' }, { Id: 'b', Arn: q.arn, InputPath: '$.detail' }]);
    assert.deepEqual([out.FailedEntryCount, out.FailedEntries], [0, []]);
    await k.events.send(new PutTargetsCommand({ Rule: 'stored', Targets: [{ Id: 'a', Arn: q.arn, Input: '{"x":2}' }] }));
    const { Targets } = await k.events.send(new ListTargetsByRuleCommand({ Rule: 'stored' }));
    assert.deepEqual(Targets, [{ Id: 'a', Arn: q.arn, Input: '{"x":2}' }, { Id: 'b', Arn: q.arn, InputPath: '$.detail' }]);
  });

  test('validation: rule must exist, ARNs well formed, FIFO queues need SqsParameters, five targets per rule', async () => {
    const q = await k.queue('v');
    const missing = await failure(k.events.send(new PutTargetsCommand({ Rule: 'nope', Targets: [{ Id: 'a', Arn: q.arn }] })));
    assert.deepEqual([missing.name, missing.message], ['ResourceNotFoundException', 'Rule nope does not exist on EventBus default.']);
    await k.events.send(new PutRuleCommand({ Name: 'v', EventPattern: '{"source": ["v"]}' }));
    const badArn = await failure(k.events.send(new PutTargetsCommand({ Rule: 'v', Targets: [{ Id: 'a', Arn: 'not-an-arn' }] })));
    assert.deepEqual([badArn.name, badArn.message], ['ValidationException', 'Parameter not-an-arn is not valid. Reason: Provided Arn is not in correct format.']);
    const fifo = await failure(k.events.send(new PutTargetsCommand({ Rule: 'v', Targets: [{ Id: 'f', Arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:x.fifo` }] })));
    assert.deepEqual([fifo.name, fifo.message], ['ValidationException', 'Parameter(s) SqsParameters must be specified for target: f.']);
    const badId = await failure(k.events.send(new PutTargetsCommand({ Rule: 'v', Targets: [{ Id: 'a b', Arn: q.arn }] })));
    assert.equal(badId.name, 'ValidationException');
    assert.match(badId.message, /at 'targets.1.member.id' failed to satisfy constraint/);
    const six = Array.from({ length: 6 }, (_, i) => ({ Id: `t${i}`, Arn: q.arn }));
    const tooMany = await failure(k.events.send(new PutTargetsCommand({ Rule: 'v', Targets: six })));
    assert.deepEqual([tooMany.name, tooMany.message], ['LimitExceededException', 'The requested resource exceeds the maximum number allowed.']);
  });

  test('Input, InputPath and InputTransformer shape what the target receives', async () => {
    const q = await k.queue('shaped');
    await rule('shaped', 'app.shaped', [
      { Id: 'constant', Arn: q.arn, Input: '{"constant":true}' },
      { Id: 'path', Arn: q.arn, InputPath: '$.detail.order' },
      { Id: 'template', Arn: q.arn, InputTransformer: { InputPathsMap: { id: '$.detail.order.id', total: '$.detail.order.total' }, InputTemplate: '{"order": <id>, "text": "order <id> costs <total>", "total": <total>}' } },
      { Id: 'text', Arn: q.arn, InputTransformer: { InputPathsMap: { id: '$.detail.order.id' }, InputTemplate: '"Order <id> placed by rule <aws.events.rule-name>"' } },
    ]);
    await put('app.shaped', { order: { id: 'o-7', total: 12.5 } });
    const bodies = new Set<string>();
    for (let i = 0; i < 4 && bodies.size < 4; i++) for (const m of await k.receive(q.url)) bodies.add(m.Body!);
    assert.deepEqual([...bodies].sort(), [
      '"Order o-7 placed by rule shaped"',
      '{"constant":true}',
      '{"id":"o-7","total":12.5}',
      '{"order": "o-7", "text": "order o-7 costs 12.5", "total": 12.5}',
    ]);
  });

  test('FIFO queues get the MessageGroupId of SqsParameters', async () => {
    const q = await k.queue('ordered.fifo', { FifoQueue: 'true', ContentBasedDeduplication: 'true' });
    await rule('fifo', 'app.fifo', [{ Id: 'f', Arn: q.arn, SqsParameters: { MessageGroupId: 'group-1' } }]);
    await put('app.fifo', { n: 1 });
    const [message] = await k.receive(q.url);
    assert.equal(message?.Attributes?.MessageGroupId, 'group-1');
    assert.equal(JSON.parse(message!.Body!).detail.n, 1);
  });

  test('SNS topics, CloudWatch Logs groups and other buses are targets too', async () => {
    const sns = new SNSClient(k.kumo.clientConfig);
    const logs = new CloudWatchLogsClient(k.kumo.clientConfig);
    const viaTopic = await k.queue('via-topic');
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: 'events-topic' }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: viaTopic.arn, Attributes: { RawMessageDelivery: 'true' } }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/events/app' }));
    await k.events.send(new CreateEventBusCommand({ Name: 'downstream' }));
    const viaBus = await k.queue('via-bus');
    await k.events.send(new PutRuleCommand({ Name: 'down', EventBusName: 'downstream', EventPattern: '{"source": ["app.fan"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'down', EventBusName: 'downstream', Targets: [{ Id: 'q', Arn: viaBus.arn }] }));
    await rule('fan', 'app.fan', [
      { Id: 'topic', Arn: TopicArn },
      { Id: 'logs', Arn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/events/app:*` },
      { Id: 'bus', Arn: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/downstream` },
    ]);
    const { Entries } = await put('app.fan', { fanned: true });
    const id = Entries![0]!.EventId!;
    const [fromTopic] = await k.receive(viaTopic.url);
    assert.equal(JSON.parse(fromTopic!.Body!).id, id);
    const [fromBus] = await k.receive(viaBus.url);
    assert.deepEqual(JSON.parse(fromBus!.Body!).detail, { fanned: true });
    const { logStreams } = await logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/events/app' }));
    assert.deepEqual(logStreams?.map((s) => s.logStreamName), [id]);
    const { events } = await logs.send(new GetLogEventsCommand({ logGroupName: '/aws/events/app', logStreamName: id, startFromHead: true }));
    assert.equal(JSON.parse(events![0]!.message!).id, id);
  });

  test('a target that does not exist sends the event to its dead-letter queue with the failure attributes', async () => {
    const dlq = await k.queue('dead-letters');
    await rule('broken', 'app.broken', [{ Id: 'gone', Arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:no-such-queue`, DeadLetterConfig: { Arn: dlq.arn } }]);
    const out = await put('app.broken', { lost: true });
    assert.equal(out.FailedEntryCount, 0, 'PutEvents itself succeeds');
    const [dead] = await k.receive(dlq.url);
    assert.equal(JSON.parse(dead!.Body!).id, out.Entries![0]!.EventId);
    const attrs = Object.fromEntries(Object.entries(dead!.MessageAttributes ?? {}).map(([key, v]) => [key, v.StringValue]));
    assert.equal(attrs.RULE_ARN, `arn:aws:events:${REGION}:${ACCOUNT}:rule/broken`);
    assert.equal(attrs.TARGET_ARN, `arn:aws:sqs:${REGION}:${ACCOUNT}:no-such-queue`);
    assert.equal(attrs.ERROR_CODE, 'RESOURCE_NOT_FOUND');
    assert.ok(attrs.ERROR_MESSAGE);
  });
});
