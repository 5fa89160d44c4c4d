import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { awsCliV1, awsCliV2, awsCliV2Path, boto3 } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';

describe('STS GetCallerIdentity', () => {
  let kumo: EmbeddedKumo;
  before(async () => {
    kumo = await startTestKumo(['sts']);
  });
  after(() => kumo.stop());

  test('test credentials are the default account root', async () => {
    const sts = new STSClient(kumo.clientConfig);
    const me = await sts.send(new GetCallerIdentityCommand({}));
    assert.deepEqual(
      { Account: me.Account, Arn: me.Arn, UserId: me.UserId },
      { Account: '000000000000', Arn: 'arn:aws:iam::000000000000:root', UserId: '000000000000' },
    );
    assert.match(me.$metadata.requestId ?? '', /^[0-9a-f-]{36}$/);
  });

  test('a twelve-digit access key id is that account', async () => {
    const sts = new STSClient({ ...kumo.clientConfig, credentials: { accessKeyId: '123456789012', secretAccessKey: 'x' } });
    const me = await sts.send(new GetCallerIdentityCommand({}));
    assert.equal(me.Account, '123456789012');
    assert.equal(me.Arn, 'arn:aws:iam::123456789012:root');
  });

  test('boto3 reads the same identity', async () => {
    const result = await boto3(kumo.url, `print(json.dumps(boto3.client('sts', endpoint_url=ENDPOINT).get_caller_identity()['Account']))`, { accessKeyId: '111122223333' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout), '111122223333');
  });

  test('the AWS CLI v1 reads the same identity', async () => {
    const result = await awsCliV1(kumo.url, ['sts', 'get-caller-identity']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as { Arn: string }).Arn, 'arn:aws:iam::000000000000:root');
  });

  test("Debian's AWS CLI v2 reads the same identity", { skip: awsCliV2Path ? false : "Debian's awscli is not installed" }, async () => {
    const result = await awsCliV2(kumo.url, ['sts', 'get-caller-identity']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as { Account: string }).Account, '000000000000');
  });
});
