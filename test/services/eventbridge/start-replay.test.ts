import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateArchiveCommand, CreateEventBusCommand, DescribeArchiveCommand, DescribeReplayCommand, PutEventsCommand, PutRuleCommand, PutTargetsCommand, StartReplayCommand,
} from '@aws-sdk/client-eventbridge';
import { ACCOUNT, failure, REGION, startEventsKumo, type EventsKumo } from './support.js';

const busArn = (name: string) => `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/${name}`;
const archiveArn = (name: string) => `arn:aws:events:${REGION}:${ACCOUNT}:archive/${name}`;
const ruleArn = (bus: string, name: string) => `arn:aws:events:${REGION}:${ACCOUNT}:rule/${bus}/${name}`;

interface Delivered { id: string; time: string; detail: { n: number }; 'replay-name'?: string }

describe('EventBridge StartReplay', () => {
  let k: EventsKumo;
  before(async () => (k = await startEventsKumo()));
  after(() => k.kumo.stop());

  test("sends the archive's events from the time window back to the bus's rules, with replay-name, on Kumo's scheduler", async () => {
    await k.events.send(new CreateEventBusCommand({ Name: 'app' }));
    const q = await k.queue('replayed');
    const skipped = await k.queue('not-in-filter');
    for (const [rule, queue] of [['wanted', q], ['unwanted', skipped]] as const) {
      await k.events.send(new PutRuleCommand({ Name: rule, EventBusName: 'app', EventPattern: '{"source":["app"]}' }));
      await k.events.send(new PutTargetsCommand({ Rule: rule, EventBusName: 'app', Targets: [{ Id: 'q', Arn: queue.arn }] }));
    }
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'app-archive', EventSourceArn: busArn('app') }));
    const put = (n: number) => k.events.send(new PutEventsCommand({ Entries: [{ Source: 'app', DetailType: 'x', Detail: JSON.stringify({ n }), EventBusName: 'app' }] }));
    await put(1);
    await put(2);
    await k.advance(3600);
    await put(3);
    const originals: Delivered[] = [];
    while (originals.length < 3) originals.push(...(await k.receive(q.url)).map((m) => JSON.parse(m.Body!) as Delivered));
    await k.receive(skipped.url);
    const third = originals.find((e) => e.detail.n === 3)!;

    const started = await k.events.send(new StartReplayCommand({
      ReplayName: 'r1', EventSourceArn: archiveArn('app-archive'), EventStartTime: new Date(0), EventEndTime: new Date(Date.parse(third.time)),
      Destination: { Arn: busArn('app'), FilterArns: [ruleArn('app', 'wanted')] },
    }));
    assert.equal(started.ReplayArn, `arn:aws:events:${REGION}:${ACCOUNT}:replay/r1`);
    assert.equal(started.State, 'STARTING');
    assert.equal((await k.events.send(new DescribeReplayCommand({ ReplayName: 'r1' }))).State, 'STARTING');

    await k.advance(1);
    assert.equal((await k.events.send(new DescribeReplayCommand({ ReplayName: 'r1' }))).State, 'RUNNING');
    const replayed = (await k.receive(q.url)).map((m) => JSON.parse(m.Body!) as Delivered).sort((a, b) => a.detail.n - b.detail.n);
    assert.deepEqual(replayed.map((e) => [e.detail.n, e['replay-name']]), [[1, 'r1'], [2, 'r1']]);
    // The same events: ids and times as first delivered; replay-name is the last member.
    assert.equal(replayed[0]!.id, originals.find((e) => e.detail.n === 1)!.id);
    assert.equal(Object.keys(replayed[0]!).at(-1), 'replay-name');
    assert.deepEqual(await k.receive(skipped.url, 0), []);

    await k.advance(1);
    const done = await k.events.send(new DescribeReplayCommand({ ReplayName: 'r1' }));
    assert.equal(done.State, 'COMPLETED');
    assert.ok(done.ReplayEndTime instanceof Date && done.EventLastReplayedTime instanceof Date);
    // Replayed events are not archived again.
    assert.equal((await k.events.send(new DescribeArchiveCommand({ ArchiveName: 'app-archive' }))).EventCount, 3);
  });

  test('validation: destination, archive, cross-bus replay, time window, duplicate name', async () => {
    await k.events.send(new CreateArchiveCommand({ ArchiveName: 'dflt', EventSourceArn: busArn('default') }));
    const base = { ReplayName: 'v', EventSourceArn: archiveArn('dflt'), EventStartTime: new Date(0), EventEndTime: new Date(1000), Destination: { Arn: busArn('default') } };
    const dest = await failure(k.events.send(new StartReplayCommand({ ...base, Destination: { Arn: 'arn:aws:sqs:us-east-1:000000000000:q' } })));
    assert.deepEqual([dest.name, dest.message], ['ValidationException', 'Parameter Destination.Arn is not valid. Reason: Must contain an event bus ARN.']);
    const archive = await failure(k.events.send(new StartReplayCommand({ ...base, EventSourceArn: archiveArn('nope') })));
    assert.equal(archive.message, 'Parameter EventSourceArn is not valid. Reason: Archive nope does not exist.');
    const cross = await failure(k.events.send(new StartReplayCommand({ ...base, Destination: { Arn: busArn('app') } })));
    assert.equal(cross.message, 'Parameter Destination.Arn is not valid. Reason: Cross event bus replay is not permitted.');
    const window = await failure(k.events.send(new StartReplayCommand({ ...base, EventStartTime: new Date(2000) })));
    assert.equal(window.message, 'Parameter EventEndTime is not valid. Reason: EventStartTime must be before EventEndTime.');
    await k.events.send(new StartReplayCommand(base));
    const dup = await failure(k.events.send(new StartReplayCommand(base)));
    assert.deepEqual([dup.name, dup.message], ['ResourceAlreadyExistsException', 'Replay v already exists.']);
  });
});
