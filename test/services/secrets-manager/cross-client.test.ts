import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { awsCliV1, boto3 } from '../../support/cli-clients.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager from boto3 and the AWS CLI', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  before(async () => ({ kumo, sm } = await startSecrets()));
  after(() => kumo.stop());

  test('boto3 creates, puts and reads; the error for a deleted secret is InvalidRequestException', async () => {
    const result = await boto3(kumo.url, `
sm = boto3.client('secretsmanager', endpoint_url=ENDPOINT)
sm.create_secret(Name='py/secret', SecretString='one')
sm.put_secret_value(SecretId='py/secret', SecretString='two')
prev = sm.get_secret_value(SecretId='py/secret', VersionStage='AWSPREVIOUS')['SecretString']
sm.create_secret(Name='py/bin', SecretBinary=b'\\x00\\x01')
binv = list(sm.get_secret_value(SecretId='py/bin')['SecretBinary'])
sm.delete_secret(SecretId='py/bin', RecoveryWindowInDays=7)
try:
    sm.get_secret_value(SecretId='py/bin')
    err = None
except sm.exceptions.InvalidRequestException as e:
    err = e.response['Error']['Message']
print(json.dumps({'prev': prev, 'bin': binv, 'err': err}))
`);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), { prev: 'one', bin: [0, 1], err: "You can't perform this operation on the secret because it was marked for deletion." });
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: 'py/secret' }))).SecretString, 'two');
  });

  test('CLI v1 describe-secret and list-secrets', async () => {
    const created = await awsCliV1(kumo.url, ['secretsmanager', 'create-secret', '--name', 'cli/s', '--secret-string', 's3cr3t']);
    assert.equal(created.status, 0, created.stderr);
    const got = await awsCliV1(kumo.url, ['secretsmanager', 'get-secret-value', '--secret-id', 'cli/s']);
    assert.equal(JSON.parse(got.stdout).SecretString, 's3cr3t');
    const listed = await awsCliV1(kumo.url, ['secretsmanager', 'list-secrets', '--filters', 'Key=name,Values=cli/']);
    assert.deepEqual(JSON.parse(listed.stdout).SecretList.map((s: { Name: string }) => s.Name), ['cli/s']);
    const missing = await awsCliV1(kumo.url, ['secretsmanager', 'describe-secret', '--secret-id', 'cli/none']);
    assert.match(missing.stderr, /ResourceNotFoundException/);
  });
});
