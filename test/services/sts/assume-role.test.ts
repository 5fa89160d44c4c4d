import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { boto3 } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejectsWith } from '../iam/helpers.js';

describe('STS AssumeRole', () => {
  let kumo: EmbeddedKumo;
  let sts: STSClient;
  let roleArn: string;
  let roleId: string;
  before(async () => {
    kumo = await startTestKumo(['iam', 'sts']);
    sts = new STSClient(kumo.clientConfig);
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'sts:AssumeRole' }] });
    const role = await new IAMClient({ ...kumo.clientConfig, credentials: { accessKeyId: '123456789012', secretAccessKey: 'x' } })
      .send(new CreateRoleCommand({ RoleName: 'deployer', Path: '/ci/', AssumeRolePolicyDocument: trust, MaxSessionDuration: 7200 }));
    roleArn = role.Role!.Arn!;
    roleId = role.Role!.RoleId!;
  });
  after(() => kumo.stop());

  test('temporary credentials act as the role session, in the role account', async () => {
    const before = Date.now();
    const result = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'build-42', DurationSeconds: 7200 }));
    assert.match(result.Credentials!.AccessKeyId!, /^ASIA[A-Z2-7]{16}$/);
    assert.ok(result.Credentials!.SessionToken!.length > 100);
    const expiresIn = result.Credentials!.Expiration!.getTime() - before;
    assert.ok(expiresIn > 7190_000 && expiresIn <= 7200_000, String(expiresIn));
    assert.deepEqual(result.AssumedRoleUser, { AssumedRoleId: `${roleId}:build-42`, Arn: 'arn:aws:sts::123456789012:assumed-role/deployer/build-42' });
    const session = new STSClient({
      ...kumo.clientConfig,
      credentials: { accessKeyId: result.Credentials!.AccessKeyId!, secretAccessKey: result.Credentials!.SecretAccessKey!, sessionToken: result.Credentials!.SessionToken! },
    });
    const me = await session.send(new GetCallerIdentityCommand({}));
    assert.deepEqual([me.Account, me.Arn, me.UserId], ['123456789012', 'arn:aws:sts::123456789012:assumed-role/deployer/build-42', `${roleId}:build-42`]);

    // Role chaining is limited to one hour.
    await rejectsWith(session.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'chained', DurationSeconds: 3601 })), 'ValidationError', 400,
      'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  });

  test('duration limits, session name rules and session policies', async () => {
    await rejectsWith(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 's', DurationSeconds: 900 })), 'ValidationError', 400, /Member must have length greater than or equal to 2/);
    await rejectsWith(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'ok', DurationSeconds: 899 })), 'ValidationError', 400,
      "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900");
    await rejectsWith(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'ok', DurationSeconds: 7201 })), 'ValidationError', 400,
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
    await rejectsWith(sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: 'ok', Policy: '{"Statement":' })), 'MalformedPolicyDocumentException', 400);
    const withPolicy = await sts.send(new AssumeRoleCommand({
      RoleArn: roleArn, RoleSessionName: 'scoped',
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }),
    }));
    assert.ok((withPolicy.PackedPolicySize ?? 0) > 0);
  });

  test('boto3 assumes the role too', async () => {
    const script = `r = boto3.client('sts', endpoint_url=ENDPOINT).assume_role(RoleArn=${JSON.stringify(roleArn)}, RoleSessionName='py')\nc = r['Credentials']\ns = boto3.client('sts', endpoint_url=ENDPOINT, aws_access_key_id=c['AccessKeyId'], aws_secret_access_key=c['SecretAccessKey'], aws_session_token=c['SessionToken'])\nprint(json.dumps(s.get_caller_identity()['Arn']))`;
    const result = await boto3(kumo.url, script);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout), 'arn:aws:sts::123456789012:assumed-role/deployer/py');
  });
});
