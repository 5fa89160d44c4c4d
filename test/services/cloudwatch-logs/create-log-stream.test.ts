import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateLogGroupCommand, CreateLogStreamCommand, DeleteLogStreamCommand, DescribeLogStreamsCommand, GetLogEventsCommand, PutLogEventsCommand,
  type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startLogsKumo } from './support.js';

describe('CloudWatch Logs CreateLogStream / DeleteLogStream', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  before(async () => {
    ({ kumo, logs } = await startLogsKumo());
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'g' }));
  });
  after(() => kumo.stop());

  test('a stream lives in an existing group, once', async () => {
    await assert.rejects(logs.send(new CreateLogStreamCommand({ logGroupName: 'missing', logStreamName: 's' })), {
      name: 'ResourceNotFoundException', message: 'The specified log group does not exist.',
    });
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'g', logStreamName: 's' }));
    await assert.rejects(logs.send(new CreateLogStreamCommand({ logGroupName: 'g', logStreamName: 's' })), {
      name: 'ResourceAlreadyExistsException', message: 'The specified log stream already exists',
    });
    await assert.rejects(logs.send(new CreateLogStreamCommand({ logGroupName: 'g', logStreamName: 'a:b' })), { name: 'InvalidParameterException' });
    const { logStreams } = await logs.send(new DescribeLogStreamsCommand({ logGroupName: 'g' }));
    assert.equal(logStreams?.[0]?.arn, 'arn:aws:logs:us-east-1:000000000000:log-group:g:log-stream:s');
    assert.equal(logStreams?.[0]?.firstEventTimestamp, undefined);
  });

  test('deleting a stream removes its events', async () => {
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'g', logStreamName: 'gone' }));
    await logs.send(new PutLogEventsCommand({ logGroupName: 'g', logStreamName: 'gone', logEvents: [{ timestamp: Date.now(), message: 'x' }] }));
    await logs.send(new DeleteLogStreamCommand({ logGroupName: 'g', logStreamName: 'gone' }));
    await assert.rejects(logs.send(new GetLogEventsCommand({ logGroupName: 'g', logStreamName: 'gone' })), {
      name: 'ResourceNotFoundException', message: 'The specified log stream does not exist.',
    });
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'g', logStreamName: 'gone' }));
    const { events } = await logs.send(new GetLogEventsCommand({ logGroupName: 'g', logStreamName: 'gone' }));
    assert.deepEqual(events, []);
  });
});
