import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateSecretCommand, GetSecretValueCommand, PutResourcePolicyCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { startKumo, type EmbeddedKumo } from '../../../src/index.js';

type Credentials = { accessKeyId: string; secretAccessKey: string };
const doc = (Statement: unknown) => JSON.stringify({ Version: '2012-10-17', Statement });

/** KUMO_ENFORCE_IAM=1: a secret's resource policy counts beside the caller's IAM policies. */
describe('Secrets Manager resource policies under enforcement', () => {
  let kumo: EmbeddedKumo;
  const config = (credentials: Credentials) => ({ endpoint: kumo.url, region: 'us-east-1', credentials });
  const rootCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };
  const users: Record<string, { credentials: Credentials; arn: string }> = {};

  before(async () => {
    kumo = await startKumo({ port: 0, services: ['iam', 'sts', 'kms', 'secrets-manager'], logLevel: 'silent', enforceIam: true, enforceSigV4: true });
    const iam = new IAMClient(config(rootCredentials));
    for (const name of ['reader', 'stranger']) {
      const arn = (await iam.send(new CreateUserCommand({ UserName: name }))).User!.Arn!;
      const key = (await iam.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
      users[name] = { arn, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } };
    }
    await iam.send(new PutUserPolicyCommand({ UserName: 'reader', PolicyName: 'read', PolicyDocument: doc([{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' }]) }));
    const sm = new SecretsManagerClient(config(rootCredentials));
    await sm.send(new CreateSecretCommand({ Name: 'guarded', SecretString: 'g' }));
    await sm.send(new CreateSecretCommand({ Name: 'shared', SecretString: 's' }));
  });
  after(() => kumo.stop());

  test('an explicit deny in the secret policy beats the identity allow', async () => {
    const reader = new SecretsManagerClient(config(users.reader.credentials));
    assert.equal((await reader.send(new GetSecretValueCommand({ SecretId: 'guarded' }))).SecretString, 'g');
    await new SecretsManagerClient(config(rootCredentials)).send(new PutResourcePolicyCommand({ SecretId: 'guarded', ResourcePolicy: doc([
      { Effect: 'Deny', Principal: { AWS: users.reader.arn }, Action: 'secretsmanager:GetSecretValue', Resource: '*' },
    ]) }));
    await assert.rejects(reader.send(new GetSecretValueCommand({ SecretId: 'guarded' })), (error: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(error.name, 'AccessDeniedException');
      assert.equal(error.$metadata.httpStatusCode, 403);
      assert.match(error.message, /^User: .*:user\/reader is not authorized to perform: secretsmanager:GetSecretValue on resource: .*guarded with an explicit deny in a resource-based policy$/);
      return true;
    });
  });

  test('a secret policy naming a user grants it without an IAM policy', async () => {
    const stranger = new SecretsManagerClient(config(users.stranger.credentials));
    await assert.rejects(stranger.send(new GetSecretValueCommand({ SecretId: 'shared' })), { name: 'AccessDeniedException' });
    await new SecretsManagerClient(config(rootCredentials)).send(new PutResourcePolicyCommand({ SecretId: 'shared', ResourcePolicy: doc([
      { Effect: 'Allow', Principal: { AWS: users.stranger.arn }, Action: 'secretsmanager:GetSecretValue', Resource: '*' },
    ]) }));
    assert.equal((await stranger.send(new GetSecretValueCommand({ SecretId: 'shared' }))).SecretString, 's');
  });
});
