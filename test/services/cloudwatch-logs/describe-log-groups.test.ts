import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateLogGroupCommand, DescribeLogGroupsCommand, paginateDescribeLogGroups, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { boto3 } from '../../support/cli-clients.js';
import { startLogsKumo } from './support.js';

describe('CloudWatch Logs DescribeLogGroups', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  before(async () => {
    ({ kumo, logs } = await startLogsKumo());
    for (let i = 0; i < 60; i++) await logs.send(new CreateLogGroupCommand({ logGroupName: `/svc/g${String(i).padStart(2, '0')}` }));
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/other/Alpha' }));
  });
  after(() => kumo.stop());

  test('sorted by name, 50 per page by default, paginated with nextToken', async () => {
    const first = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/svc/' }));
    assert.equal(first.logGroups?.length, 50);
    assert.equal(first.logGroups![0]!.logGroupName, '/svc/g00');
    assert.ok(first.nextToken);
    const names: string[] = [];
    for await (const page of paginateDescribeLogGroups({ client: logs, pageSize: 7 }, { logGroupNamePrefix: '/svc/' })) {
      names.push(...page.logGroups!.map((g) => g.logGroupName!));
    }
    assert.equal(names.length, 60);
    assert.deepEqual(names, [...names].sort());
  });

  test('pattern matches anywhere, ignoring case; limit is checked', async () => {
    const { logGroups } = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePattern: 'alpha' }));
    assert.deepEqual(logGroups?.map((g) => g.logGroupName), ['/other/Alpha']);
    await assert.rejects(logs.send(new DescribeLogGroupsCommand({ limit: 51 })), { name: 'InvalidParameterException' });
    await assert.rejects(logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/', logGroupNamePattern: 'a' })), { name: 'InvalidParameterException' });
    await assert.rejects(logs.send(new DescribeLogGroupsCommand({ nextToken: 'nope!' })), { name: 'InvalidParameterException' });
  });

  test('boto3 sees the same groups', async () => {
    const result = await boto3(kumo.url, `c = boto3.client('logs', endpoint_url=ENDPOINT)\nprint(json.dumps([g['logGroupName'] for g in c.describe_log_groups(logGroupNamePrefix='/other')['logGroups']]))`);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), ['/other/Alpha']);
  });
});
