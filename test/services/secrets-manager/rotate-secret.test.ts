import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CancelRotateSecretCommand, CreateSecretCommand, DescribeSecretCommand, GetSecretValueCommand, RotateSecretCommand, SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { EmbeddedKumo } from '../../../src/index.js';
import { createNodeFunction, startLambdaKumo } from '../lambda/support.js';

/** A rotation function written like AWS's single-user template: each step checks the version's labels. */
const ROTATOR = `
import { SecretsManagerClient, DescribeSecretCommand, GetSecretValueCommand, PutSecretValueCommand, UpdateSecretVersionStageCommand, GetRandomPasswordCommand } from '@aws-sdk/client-secrets-manager';
const sm = new SecretsManagerClient({});
export const handler = async ({ Step, SecretId, ClientRequestToken: token }) => {
  const meta = await sm.send(new DescribeSecretCommand({ SecretId }));
  if (!meta.RotationEnabled) throw new Error('rotation not enabled');
  const stages = meta.VersionIdsToStages[token];
  if (!stages) throw new Error('no version for ' + token);
  if (stages.includes('AWSCURRENT')) return;
  if (!stages.includes('AWSPENDING')) throw new Error('version not pending');
  if (Step === 'createSecret') {
    const current = JSON.parse((await sm.send(new GetSecretValueCommand({ SecretId, VersionStage: 'AWSCURRENT' }))).SecretString);
    try {
      await sm.send(new GetSecretValueCommand({ SecretId, VersionId: token, VersionStage: 'AWSPENDING' }));
    } catch (error) {
      if (error.name !== 'ResourceNotFoundException') throw error;
      const password = (await sm.send(new GetRandomPasswordCommand({ PasswordLength: 20, ExcludePunctuation: true }))).RandomPassword;
      await sm.send(new PutSecretValueCommand({ SecretId, ClientRequestToken: token, SecretString: JSON.stringify({ ...current, password, n: current.n + 1 }), VersionStages: ['AWSPENDING'] }));
    }
  } else if (Step === 'setSecret') {
    if (meta.Name.startsWith('failing')) throw new Error('the database refused the new password');
  } else if (Step === 'testSecret') {
    await sm.send(new GetSecretValueCommand({ SecretId, VersionId: token, VersionStage: 'AWSPENDING' }));
  } else if (Step === 'finishSecret') {
    const current = Object.entries(meta.VersionIdsToStages).find(([, s]) => s.includes('AWSCURRENT'))[0];
    await sm.send(new UpdateSecretVersionStageCommand({ SecretId, VersionStage: 'AWSCURRENT', MoveToVersionId: token, RemoveFromVersionId: current }));
  }
};`;

describe('Secrets Manager RotateSecret', () => {
  let kumo: EmbeddedKumo;
  let lambda: LambdaClient;
  let sm: SecretsManagerClient;
  let advance: (seconds: number) => Promise<void>;
  let rotatorArn: string;
  before(async () => {
    ({ kumo, lambda, advance } = await startLambdaKumo(['lambda', 'cloudwatch-logs', 'secrets-manager', 'kms']));
    sm = new SecretsManagerClient(kumo.clientConfig);
    rotatorArn = (await createNodeFunction(lambda, 'rotator', ROTATOR, { Timeout: 10 })).FunctionArn!;
  });
  after(() => kumo.stop());

  const value = async (SecretId: string, VersionStage = 'AWSCURRENT') =>
    JSON.parse((await sm.send(new GetSecretValueCommand({ SecretId, VersionStage }))).SecretString!) as { user: string; password: string; n: number };

  test('runs the four steps: the new version becomes AWSCURRENT, the old one AWSPREVIOUS', async () => {
    const created = await sm.send(new CreateSecretCommand({ Name: 'db', SecretString: JSON.stringify({ user: 'app', password: 'first', n: 0 }) }));
    const out = await sm.send(new RotateSecretCommand({ SecretId: 'db', RotationLambdaARN: rotatorArn, RotationRules: { AutomaticallyAfterDays: 30 } }));
    assert.equal(out.ARN, created.ARN);
    assert.match(out.VersionId!, /^[0-9a-f-]{36}$/);
    await advance(0);
    const current = await sm.send(new GetSecretValueCommand({ SecretId: 'db' }));
    assert.equal(current.VersionId, out.VersionId);
    assert.deepEqual(current.VersionStages, ['AWSCURRENT']);
    const rotated = JSON.parse(current.SecretString!) as { password: string; n: number };
    assert.equal(rotated.n, 1);
    assert.match(rotated.password, /^[A-Za-z0-9]{20}$/);
    assert.equal((await value('db', 'AWSPREVIOUS')).password, 'first');
    const described = await sm.send(new DescribeSecretCommand({ SecretId: 'db' }));
    assert.equal(described.RotationEnabled, true);
    assert.equal(described.RotationLambdaARN, rotatorArn);
    assert.deepEqual(described.RotationRules, { AutomaticallyAfterDays: 30 });
    assert.ok(described.LastRotatedDate instanceof Date);
    const day = Math.floor(Date.now() / 86_400_000) * 86_400_000;
    assert.ok(Math.abs(described.NextRotationDate!.getTime() - (day + 31 * 86_400_000 - 1000)) <= 86_400_000);
    assert.deepEqual(described.VersionIdsToStages, { [created.VersionId!]: ['AWSPREVIOUS'], [out.VersionId!]: ['AWSCURRENT'] });

    // The schedule rotates again on Kumo's clock once the window opens.
    await advance(31 * 86_400);
    assert.equal((await value('db')).n, 2);
    assert.equal((await value('db', 'AWSPREVIOUS')).n, 1);
  });

  test('a failing step leaves the value AWSPENDING and the next RotateSecret is refused', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'failing-db', SecretString: JSON.stringify({ user: 'app', password: 'keep', n: 0 }) }));
    const out = await sm.send(new RotateSecretCommand({ SecretId: 'failing-db', RotationLambdaARN: rotatorArn, RotationRules: { ScheduleExpression: 'rate(10 days)', Duration: '3h' } }));
    await advance(0);
    assert.equal((await value('failing-db')).password, 'keep');
    const pending = await sm.send(new GetSecretValueCommand({ SecretId: 'failing-db', VersionStage: 'AWSPENDING' }));
    assert.equal(pending.VersionId, out.VersionId);
    assert.equal(JSON.parse(pending.SecretString!).n, 1);
    await assert.rejects(sm.send(new RotateSecretCommand({ SecretId: 'failing-db' })), {
      name: 'InvalidRequestException', message: "A previous rotation isn't complete. That rotation will be reattempted.",
    });
    const cancelled = await sm.send(new CancelRotateSecretCommand({ SecretId: 'failing-db' }));
    assert.equal(cancelled.VersionId, out.VersionId);
    const described = await sm.send(new DescribeSecretCommand({ SecretId: 'failing-db' }));
    assert.equal(described.RotationEnabled, false);
    assert.equal(described.NextRotationDate, undefined);
    assert.deepEqual(described.RotationRules, { ScheduleExpression: 'rate(10 days)', Duration: '3h' });
    assert.deepEqual(described.VersionIdsToStages![out.VersionId!], ['AWSPENDING']);
  });

  test('RotateImmediately false runs testSecret on an empty version and removes it', async () => {
    const created = await sm.send(new CreateSecretCommand({ Name: 'later', SecretString: JSON.stringify({ user: 'u', password: 'p', n: 0 }) }));
    await sm.send(new RotateSecretCommand({ SecretId: 'later', RotationLambdaARN: rotatorArn, RotateImmediately: false, RotationRules: { ScheduleExpression: 'cron(0 12 ? * SUN *)' } }));
    await advance(0);
    const described = await sm.send(new DescribeSecretCommand({ SecretId: 'later' }));
    assert.deepEqual(described.VersionIdsToStages, { [created.VersionId!]: ['AWSCURRENT'] });
    assert.equal(described.NextRotationDate!.getUTCDay(), 0);
    assert.equal(described.NextRotationDate!.getUTCHours(), 12);
  });

  test('refusals: no function, an unknown function, bad rules', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'plain', SecretString: 'x' }));
    await assert.rejects(sm.send(new RotateSecretCommand({ SecretId: 'plain' })), {
      name: 'InvalidRequestException', message: 'No Lambda rotation function ARN is associated with this secret.',
    });
    await assert.rejects(sm.send(new RotateSecretCommand({ SecretId: 'plain', RotationLambdaARN: 'arn:aws:lambda:us-east-1:000000000000:function:nope' })), {
      name: 'AccessDeniedException', message: /cannot invoke the specified Lambda function/,
    });
    await assert.rejects(sm.send(new RotateSecretCommand({ SecretId: 'plain', RotationLambdaARN: rotatorArn, RotationRules: { AutomaticallyAfterDays: 5, ScheduleExpression: 'rate(5 days)' } })), { name: 'InvalidParameterException' });
    await assert.rejects(sm.send(new RotateSecretCommand({ SecretId: 'plain', RotationLambdaARN: rotatorArn, RotationRules: { ScheduleExpression: 'rate(1 hours)' } })), { name: 'InvalidParameterException' });
    assert.equal((await sm.send(new DescribeSecretCommand({ SecretId: 'plain' }))).RotationEnabled, undefined);
  });
});
