import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateLogGroupCommand, DeleteLogGroupCommand, DescribeLogGroupsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startLogsKumo } from './support.js';

describe('CloudWatch Logs CreateLogGroup / DeleteLogGroup', () => {
  let kumo: EmbeddedKumo;
  let logs: CloudWatchLogsClient;
  before(async () => ({ kumo, logs } = await startLogsKumo()));
  after(() => kumo.stop());

  test('a group is created once, described with its ARNs, and deleted', async () => {
    await logs.send(new CreateLogGroupCommand({ logGroupName: '/app/one', tags: { team: 'a' }, kmsKeyId: 'arn:aws:kms:us-east-1:000000000000:key/k' }));
    await assert.rejects(logs.send(new CreateLogGroupCommand({ logGroupName: '/app/one' })), {
      name: 'ResourceAlreadyExistsException',
      message: 'The specified log group already exists',
    });
    const { logGroups } = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/app/one' }));
    assert.equal(logGroups?.length, 1);
    const group = logGroups![0]!;
    assert.equal(group.logGroupName, '/app/one');
    assert.equal(group.arn, 'arn:aws:logs:us-east-1:000000000000:log-group:/app/one:*');
    assert.equal(group.logGroupArn, 'arn:aws:logs:us-east-1:000000000000:log-group:/app/one');
    assert.equal(group.logGroupClass, 'STANDARD');
    assert.equal(group.kmsKeyId, 'arn:aws:kms:us-east-1:000000000000:key/k');
    assert.equal(group.retentionInDays, undefined);
    assert.equal(group.storedBytes, 0);
    assert.ok(Math.abs(group.creationTime! - Date.now()) < 60_000);

    await logs.send(new DeleteLogGroupCommand({ logGroupName: '/app/one' }));
    await assert.rejects(logs.send(new DeleteLogGroupCommand({ logGroupName: '/app/one' })), {
      name: 'ResourceNotFoundException',
      message: 'The specified log group does not exist.',
    });
  });

  test('names are validated as AWS does', async () => {
    await assert.rejects(logs.send(new CreateLogGroupCommand({ logGroupName: 'bad name' })), { name: 'InvalidParameterException', message: /regular expression pattern/ });
    await assert.rejects(logs.send(new CreateLogGroupCommand({ logGroupName: 'x'.repeat(513) })), { name: 'InvalidParameterException' });
  });
});
