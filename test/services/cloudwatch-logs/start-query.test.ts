import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, DescribeQueriesCommand, GetQueryResultsCommand, PutLogEventsCommand,
  StartQueryCommand, StopQueryCommand, type GetQueryResultsCommandOutput,
} from '@aws-sdk/client-cloudwatch-logs';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { awsCliV2Path } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';

describe('Logs Insights queries, and aws logs tail --follow', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  const now = Date.now();
  before(async () => {
    kumo = await startTestKumo(['cloudwatch-logs']);
    logs = new CloudWatchLogsClient(kumo.clientConfig);
    await logs.send(new CreateLogGroupCommand({ logGroupName: 'shop' }));
    await logs.send(new CreateLogStreamCommand({ logGroupName: 'shop', logStreamName: 'web' }));
    await logs.send(new PutLogEventsCommand({
      logGroupName: 'shop', logStreamName: 'web',
      logEvents: [
        { timestamp: now - 7_200_000, message: '{"app":"cart","level":"Error","ms":1}' },
        { timestamp: now - 3_000_000, message: '{"app":"cart","level":"Error","ms":120}' },
        { timestamp: now - 2_000_000, message: '{"app":"cart","level":"Info","ms":30}' },
        { timestamp: now - 1_000_000, message: '{"app":"cart","level":"Error","ms":80}' },
        { timestamp: now - 500_000, message: '{"app":"search","level":"Error","ms":5}' },
      ],
    }));
  });
  after(() => kumo.stop());

  async function results(queryId: string): Promise<GetQueryResultsCommandOutput> {
    let out: GetQueryResultsCommandOutput;
    do {
      out = await logs.send(new GetQueryResultsCommand({ queryId }));
    } while (out.status === 'Running' || out.status === 'Scheduled');
    return out;
  }

  test('counts one application\'s errors over the last hour', async () => {
    const { queryId } = await logs.send(new StartQueryCommand({
      logGroupName: 'shop', startTime: Math.floor((now - 3_600_000) / 1000), endTime: Math.ceil(now / 1000),
      queryString: 'fields @timestamp, @message | filter app = "cart" and level like /Error/ | stats count(*) as errors, avg(ms) by app',
    }));
    const out = await results(queryId!);
    assert.equal(out.status, 'Complete');
    assert.deepEqual(out.results, [[{ field: 'app', value: 'cart' }, { field: 'errors', value: '2' }, { field: 'avg(ms)', value: '100' }]]);
    assert.equal(out.statistics?.recordsScanned, 4);
    const described = await logs.send(new DescribeQueriesCommand({ logGroupName: 'shop' }));
    assert.equal(described.queries?.[0]?.queryId, queryId);
    assert.equal(described.queries?.[0]?.status, 'Complete');
    assert.equal((await logs.send(new StopQueryCommand({ queryId }))).success, false);
  });

  test('rows with fields, sort and limit; malformed queries are refused', async () => {
    const { queryId } = await logs.send(new StartQueryCommand({
      logGroupName: 'shop', startTime: Math.floor((now - 3_600_000) / 1000), endTime: Math.ceil(now / 1000),
      queryString: 'fields app, ms | sort ms desc | limit 2',
    }));
    const out = await results(queryId!);
    assert.deepEqual(out.results?.map((row) => row.filter((f) => f.field !== '@ptr').map((f) => f.value)), [['cart', '120'], ['cart', '80']]);
    assert.ok(out.results?.[0]?.some((f) => f.field === '@ptr'));
    await assert.rejects(logs.send(new StartQueryCommand({ logGroupName: 'shop', startTime: 0, endTime: 1, queryString: 'fields | nonsense(' })), { name: 'MalformedQueryException' });
    await assert.rejects(logs.send(new StartQueryCommand({ logGroupName: 'nope', startTime: 0, endTime: 1, queryString: 'fields @message' })), { name: 'ResourceNotFoundException' });
  });

  test('aws logs tail --follow (CLI v2) prints the events as they arrive', { skip: awsCliV2Path ? false : 'no /usr/bin/aws' }, async () => {
    const child = spawn(awsCliV2Path!, ['--endpoint-url', kumo.url, 'logs', 'tail', 'shop', '--follow', '--since', '1h', '--format', 'short'], {
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_DEFAULT_REGION: 'us-east-1', AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_PAGER: '' },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    try {
      const deadline = Date.now() + 15_000;
      while (!stdout.includes('"app":"search"') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await logs.send(new PutLogEventsCommand({ logGroupName: 'shop', logStreamName: 'web', logEvents: [{ timestamp: Date.now(), message: 'tail sees this live' }] }));
      while (!stdout.includes('tail sees this live') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    } finally {
      child.kill('SIGTERM');
    }
    assert.match(stdout, /"app":"cart","level":"Error","ms":120/);
    assert.match(stdout, /tail sees this live/);
    assert.doesNotMatch(stdout, /"ms":1}/);
  });
});
