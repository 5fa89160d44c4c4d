import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateLogGroupCommand, CreateLogStreamCommand, DeleteRetentionPolicyCommand, DescribeLogGroupsCommand, FilterLogEventsCommand, GetLogEventsCommand,
  PutLogEventsCommand, PutRetentionPolicyCommand, type CloudWatchLogsClient,
} from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startLogsKumo } from './support.js';

describe('CloudWatch Logs PutRetentionPolicy / DeleteRetentionPolicy', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  let advance: (seconds: number) => Promise<void>;
  before(async () => {
    ({ kumo, logs, advance } = await startLogsKumo());
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'r' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'r', logStreamName: 's' }));
  });
  after(() => kumo.stop());

  test('only AWS retention values; shown by DescribeLogGroups; removable', async () => {
    await assert.rejects(logs.send(new PutRetentionPolicyCommand({ logGroupName: 'r', retentionInDays: 2 })), { name: 'InvalidParameterException', message: /enum value set/ });
    await assert.rejects(logs.send(new PutRetentionPolicyCommand({ logGroupName: 'none', retentionInDays: 1 })), { name: 'ResourceNotFoundException' });
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'r', retentionInDays: 7 }));
    assert.equal((await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'r' }))).logGroups?.[0]?.retentionInDays, 7);
    await logs.send(new DeleteRetentionPolicyCommand({ logGroupName: 'r' }));
    assert.equal((await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: 'r' }))).logGroups?.[0]?.retentionInDays, undefined);
  });

  test('events expire when Kumo\'s clock passes the retention period', async () => {
    await logs.send(new PutRetentionPolicyCommand({ logGroupName: 'r', retentionInDays: 1 }));
    const now = Date.now();
    await logs.send(new PutLogEventsCommand({ logGroupName: 'r', logStreamName: 's', logEvents: [{ timestamp: now - 3_600_000, message: 'older' }, { timestamp: now, message: 'newer' }] }));
    await advance(86_400 - 1800);
    const read = async () => (await logs.send(new GetLogEventsCommand({ logGroupName: 'r', logStreamName: 's' }))).events?.map((e) => e.message);
    assert.deepEqual(await read(), ['newer']);
    assert.deepEqual((await logs.send(new FilterLogEventsCommand({ logGroupName: 'r' }))).events?.map((e) => e.message), ['newer']);
    await advance(3600);
    assert.deepEqual(await read(), []);
  });
});
