import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateLogGroupCommand, CreateLogStreamCommand, GetLogEventsCommand, PutLogEventsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { awsCliV1 } from '../../support/cli-clients.js';
import { startLogsKumo } from './support.js';

describe('CloudWatch Logs GetLogEvents', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  const base = Date.now() - 60_000;
  const get = (extra: Partial<ConstructorParameters<typeof GetLogEventsCommand>[0]>) =>
    logs.send(new GetLogEventsCommand({ logGroupName: 'g', logStreamName: 's', ...extra }));
  const messages = (out: { events?: Array<{ message?: string }> }) => out.events?.map((e) => e.message);
  before(async () => {
    ({ kumo, logs } = await startLogsKumo());
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'g' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'g', logStreamName: 's' }));
    const logEvents = Array.from({ length: 10 }, (_, i) => ({ timestamp: base + i * 1000, message: `m${i}` }));
    await logs.send(new PutLogEventsCommand({ logGroupName: 'g', logStreamName: 's', logEvents }));
  });
  after(() => kumo.stop());

  test('from the head or, by default, the tail', async () => {
    assert.deepEqual(messages(await get({ limit: 3, startFromHead: true })), ['m0', 'm1', 'm2']);
    const tail = await get({ limit: 3 });
    assert.deepEqual(messages(tail), ['m7', 'm8', 'm9']);
    assert.equal(typeof tail.events?.[0]?.ingestionTime, 'number');
    assert.deepEqual(messages(await get({ startTime: base + 2000, endTime: base + 5000, startFromHead: true })), ['m2', 'm3', 'm4']);
  });

  test('forward tokens walk to the end and then repeat; backward tokens walk back', async () => {
    let out = await get({ limit: 4, startFromHead: true });
    const seen = [...messages(out)!];
    for (;;) {
      const next = await get({ limit: 4, nextToken: out.nextForwardToken });
      if (next.nextForwardToken === out.nextForwardToken) {
        assert.deepEqual(next.events, []);
        break;
      }
      seen.push(...messages(next)!);
      out = next;
    }
    assert.deepEqual(seen, ['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9']);
    const tail = await get({ limit: 4 });
    const back = await get({ limit: 4, nextToken: tail.nextBackwardToken });
    assert.deepEqual(messages(back), ['m2', 'm3', 'm4', 'm5']);
    const start = await get({ limit: 4, nextToken: (await get({ limit: 4, nextToken: back.nextBackwardToken })).nextBackwardToken });
    assert.deepEqual(start.events, []);
    assert.match(tail.nextForwardToken!, /^f\/\d+$/);
    assert.match(tail.nextBackwardToken!, /^b\/\d+$/);
    await assert.rejects(get({ nextToken: 'x/1' }), { name: 'InvalidParameterException' });
  });

  test('events written after a forward token are picked up by it', async () => {
    const tail = await get({});
    await logs.send(new PutLogEventsCommand({ logGroupName: 'g', logStreamName: 's', logEvents: [{ timestamp: base + 20_000, message: 'late' }] }));
    assert.deepEqual(messages(await get({ nextToken: tail.nextForwardToken })), ['late']);
  });

  test('the AWS CLI v1 reads the stream', async () => {
    const result = await awsCliV1(kumo.url, ['logs', 'get-log-events', '--log-group-name', 'g', '--log-stream-name', 's', '--limit', '2', '--start-from-head']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual((JSON.parse(result.stdout) as { events: Array<{ message: string }> }).events.map((e) => e.message), ['m0', 'm1']);
  });
});
