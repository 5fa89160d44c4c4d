import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateLogGroupCommand, CreateLogStreamCommand, FilterLogEventsCommand, PutLogEventsCommand, paginateFilterLogEvents, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startLogsKumo } from './support.js';

describe('CloudWatch Logs FilterLogEvents', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  const base = Date.now() - 600_000;
  const filter = async (filterPattern: string | undefined, extra: Record<string, unknown> = {}) =>
    (await logs.send(new FilterLogEventsCommand({ logGroupName: 'app', filterPattern, ...extra }))).events?.map((e) => e.message);
  before(async () => {
    ({ kumo, logs } = await startLogsKumo());
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    const streams: Record<string, string[]> = {
      a: ['ERROR disk full', '{"level":"INFO","latency":20,"user":{"id":"u1"}}', '127.0.0.1 frank GET /index.html 200 1534'],
      b: ['WARN slow request', '{"level":"ERROR","latency":250,"tags":["x","y"],"ok":false}', '10.0.0.2 alice POST /api 500 12'],
    };
    for (const [name, lines] of Object.entries(streams)) {
      await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: name }));
      // Interleave: stream a at even seconds, b at odd ones.
      const offset = name === 'a' ? 0 : 1000;
      await logs.send(new PutLogEventsCommand({ logGroupName: 'app', logStreamName: name, logEvents: lines.map((message, i) => ({ timestamp: base + i * 2000 + offset, message })) }));
    }
  });
  after(() => kumo.stop());

  test('no pattern: every event, interleaved by time across streams, with stream names and ids', async () => {
    const out = await logs.send(new FilterLogEventsCommand({ logGroupName: 'app' }));
    assert.deepEqual(out.events?.map((e) => e.logStreamName), ['a', 'b', 'a', 'b', 'a', 'b']);
    assert.equal(new Set(out.events?.map((e) => e.eventId)).size, 6);
  });

  test('terms, quoted phrases, alternatives and exclusions', async () => {
    assert.deepEqual(await filter('ERROR'), ['ERROR disk full', '{"level":"ERROR","latency":250,"tags":["x","y"],"ok":false}']);
    assert.deepEqual(await filter('"disk full"'), ['ERROR disk full']);
    assert.deepEqual(await filter('?WARN ?disk'), ['ERROR disk full', 'WARN slow request']);
    assert.deepEqual(await filter('ERROR -disk'), ['{"level":"ERROR","latency":250,"tags":["x","y"],"ok":false}']);
    assert.deepEqual(await filter('error'), [], 'terms are case-sensitive');
  });

  test('JSON patterns', async () => {
    assert.deepEqual(await filter('{ $.level = "ERROR" }'), ['{"level":"ERROR","latency":250,"tags":["x","y"],"ok":false}']);
    assert.equal((await filter('{ $.latency > 100 }'))?.length, 1);
    assert.equal((await filter('{ $.latency >= 20 && $.level = IN* }'))?.length, 1);
    assert.equal((await filter('{ ($.latency < 10) || $.user.id = "u1" }'))?.length, 1);
    assert.equal((await filter('{ $.tags[1] = "y" }'))?.length, 1);
    assert.equal((await filter('{ $.ok IS FALSE }'))?.length, 1);
    assert.equal((await filter('{ $.user NOT EXISTS }'))?.length, 1);
    await assert.rejects(filter('{ $.level === }'), { name: 'InvalidParameterException' });
  });

  test('space-delimited patterns', async () => {
    assert.deepEqual(await filter('[ip, user, method, path, status = 5*, bytes]'), ['10.0.0.2 alice POST /api 500 12']);
    assert.deepEqual(await filter('[..., status = 200, bytes > 1000]'), ['127.0.0.1 frank GET /index.html 200 1534']);
  });

  test('stream selection, time range and pages', async () => {
    assert.deepEqual(await filter(undefined, { logStreamNames: ['b'], startTime: base + 2000, endTime: base + 3000 }), ['{"level":"ERROR","latency":250,"tags":["x","y"],"ok":false}']);
    const seen: string[] = [];
    for await (const page of paginateFilterLogEvents({ client: logs, pageSize: 4 }, { logGroupName: 'app', limit: 4 })) {
      assert.ok((page.events?.length ?? 0) <= 4);
      seen.push(...page.events!.map((e) => e.logStreamName!));
    }
    assert.deepEqual(seen, ['a', 'b', 'a', 'b', 'a', 'b']);
    await assert.rejects(filter(undefined, { logStreamNames: ['a'], logStreamNamePrefix: 'a' }), { name: 'InvalidParameterException' });
  });
});
