import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateLogGroupCommand, CreateLogStreamCommand, DescribeLogStreamsCommand, PutLogEventsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startLogsKumo } from './support.js';

describe('CloudWatch Logs DescribeLogStreams', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  const now = Date.now();
  before(async () => {
    ({ kumo, logs } = await startLogsKumo());
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'app' }));
    for (const [name, age] of [['b', 3], ['a', 1], ['c', 2]] as const) {
      await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: `web/${name}` }));
      await logs.send(new PutLogEventsCommand({ logGroupName: 'app', logStreamName: `web/${name}`, logEvents: [{ timestamp: now - age * 1000, message: 'hello' }] }));
    }
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'app', logStreamName: 'worker' }));
  });
  after(() => kumo.stop());

  test('by name, prefix, descending, with event times and sizes', async () => {
    const all = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'app' }));
    assert.deepEqual(all.logStreams?.map((s) => s.logStreamName), ['web/a', 'web/b', 'web/c', 'worker']);
    const a = all.logStreams![0]!;
    assert.equal(a.firstEventTimestamp, now - 1000);
    assert.equal(a.lastEventTimestamp, now - 1000);
    assert.equal(a.storedBytes, 5);
    const web = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'app', logStreamNamePrefix: 'web/', descending: true }));
    assert.deepEqual(web.logStreams?.map((s) => s.logStreamName), ['web/c', 'web/b', 'web/a']);
  });

  test('LastEventTime order, newest first when descending; not with a prefix', async () => {
    const out = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'app', orderBy: 'LastEventTime', descending: true }));
    assert.deepEqual(out.logStreams?.map((s) => s.logStreamName), ['web/a', 'web/c', 'web/b', 'worker']);
    await assert.rejects(logs.send(new DescribeLogStreamsCommand({ logGroupName: 'app', orderBy: 'LastEventTime', logStreamNamePrefix: 'w' })), {
      name: 'InvalidParameterException', message: 'Cannot order by LastEventTime with a logStreamNamePrefix.',
    });
  });

  test('pages with limit and nextToken; the group may be named by ARN', async () => {
    const first = await logs.send(new DescribeLogStreamsCommand({ logGroupIdentifier: 'arn:aws:logs:us-east-1:000000000000:log-group:app', limit: 3 }));
    assert.equal(first.logStreams?.length, 3);
    const second = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'app', limit: 3, nextToken: first.nextToken }));
    assert.deepEqual(second.logStreams?.map((s) => s.logStreamName), ['worker']);
    assert.equal(second.nextToken, undefined);
    await assert.rejects(logs.send(new DescribeLogStreamsCommand({ logGroupName: 'nope' })), { name: 'ResourceNotFoundException' });
  });
});
