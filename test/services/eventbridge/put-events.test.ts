import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateEventBusCommand, PutEventsCommand, PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

describe('EventBridge PutEvents', () => {
  let k: EventsKumo;
  let orders: { url: string; arn: string };
  before(async () => {
    k = await startEventsKumo();
    orders = await k.queue('orders');
    await k.events.send(new PutRuleCommand({ Name: 'orders', EventPattern: JSON.stringify({ source: ['shop'], detail: { total: [{ numeric: ['>', 100] }] } }) }));
    await k.events.send(new PutTargetsCommand({ Rule: 'orders', Targets: [{ Id: 'q', Arn: orders.arn }] }));
  });
  after(() => k.kumo.stop());

  test('a matching event reaches the target in AWS\'s envelope; one that does not match is not delivered', async () => {
    const time = new Date('2024-05-01T10:20:30.456Z');
    const out = await k.events.send(new PutEventsCommand({ Entries: [
      { Source: 'shop', DetailType: 'Order Placed', Detail: JSON.stringify({ total: 250, id: 'o-1' }), Resources: ['arn:aws:shop:::order/o-1'], Time: time },
      { Source: 'shop', DetailType: 'Order Placed', Detail: JSON.stringify({ total: 5 }) },
    ] }));
    assert.equal(out.FailedEntryCount, 0);
    assert.equal(out.Entries?.length, 2);
    for (const entry of out.Entries!) assert.match(entry.EventId!, /^[0-9a-f-]{36}$/);
    const messages = await k.receive(orders.url);
    assert.equal(messages.length, 1);
    const body = messages[0]!.Body!;
    assert.deepEqual(Object.keys(JSON.parse(body)), ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail']);
    assert.deepEqual(JSON.parse(body), {
      version: '0', id: out.Entries![0]!.EventId, 'detail-type': 'Order Placed', source: 'shop', account: ACCOUNT,
      time: '2024-05-01T10:20:30Z', region: REGION, resources: ['arn:aws:shop:::order/o-1'], detail: { total: 250, id: 'o-1' },
    });
    assert.deepEqual(await k.receive(orders.url, 0), []);
  });

  test('entries fail one by one with AWS\'s codes; the others are accepted', async () => {
    const out = await k.events.send(new PutEventsCommand({ Entries: [
      { DetailType: 'x', Detail: '{}' },
      { Source: 'shop', Detail: '{}' },
      { Source: 'shop', DetailType: 'x' },
      { Source: 'shop', DetailType: 'x', Detail: 'not json' },
      { Source: 'shop', DetailType: 'x', Detail: '[1, 2]' },
      { Source: 'aws.s3', DetailType: 'x', Detail: '{}' },
      { Source: 'shop', DetailType: 'x', Detail: '{}', EventBusName: 'nope' },
      { Source: 'shop', DetailType: 'x', Detail: '{}' },
    ] }));
    assert.equal(out.FailedEntryCount, 7);
    assert.deepEqual(out.Entries!.slice(0, 7), [
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Source is not valid. Reason: Source is a required argument.' },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter DetailType is not valid. Reason: DetailType is a required argument.' },
      { ErrorCode: 'InvalidArgument', ErrorMessage: 'Parameter Detail is not valid. Reason: Detail is a required argument.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' },
      { ErrorCode: 'NotAuthorizedForSourceException', ErrorMessage: 'Not authorized for the source.' },
      { ErrorCode: 'ResourceNotFoundException', ErrorMessage: 'Event bus nope does not exist.' },
    ]);
    assert.match(out.Entries![7]!.EventId!, /^[0-9a-f-]{36}$/);
  });

  test('request limits: 1..10 entries, 256 KB in all', async () => {
    const entry = { Source: 'shop', DetailType: 'x', Detail: '{}' };
    const tooMany = await failure(k.events.send(new PutEventsCommand({ Entries: Array(11).fill(entry) })));
    assert.equal(tooMany.name, 'ValidationException');
    assert.match(tooMany.message, /^1 validation error detected: Value '.*' at 'entries' failed to satisfy constraint: Member must have length less than or equal to 10$/);
    const big = JSON.stringify({ data: 'x'.repeat(140 * 1024) });
    const tooBig = await failure(k.events.send(new PutEventsCommand({ Entries: [{ ...entry, Detail: big }, { ...entry, Detail: big }] })));
    assert.deepEqual([tooBig.name, tooBig.message, tooBig.status], ['ValidationException', 'Total size of the entries in the request is over the limit.', 400]);
  });

  test('events go to the bus they name (by name or ARN) and only its rules see them', async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'shop-bus' }));
    const busQueue = await k.queue('bus-q');
    await k.events.send(new PutRuleCommand({ Name: 'all-shop', EventBusName: 'shop-bus', EventPattern: '{"source": ["shop"]}' }));
    await k.events.send(new PutTargetsCommand({ Rule: 'all-shop', EventBusName: 'shop-bus', Targets: [{ Id: 'q', Arn: busQueue.arn }] }));
    await k.events.send(new PutEventsCommand({ Entries: [
      { Source: 'shop', DetailType: 'by name', Detail: '{"total": 1000}', EventBusName: 'shop-bus' },
      { Source: 'shop', DetailType: 'by arn', Detail: '{}', EventBusName: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/shop-bus` },
    ] }));
    const received = await k.receive(busQueue.url);
    const more = received.length < 2 ? await k.receive(busQueue.url) : [];
    assert.deepEqual([...received, ...more].map((m) => JSON.parse(m.Body!)['detail-type']).sort(), ['by arn', 'by name']);
    assert.deepEqual(await k.receive(orders.url, 0), [], 'the default bus rule did not see the shop-bus event');
  });
});
