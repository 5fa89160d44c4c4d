import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, DisableKeyCommand, ListAliasesCommand, type KMSClient } from '@aws-sdk/client-kms';
import { CreateSecretCommand, DescribeSecretCommand, GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager CreateSecret', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  let kms: KMSClient;
  before(async () => ({ kumo, sm, kms } = await startSecrets()));
  after(() => kumo.stop());

  test('ARN with a six-character suffix, AWSCURRENT version, encrypted with aws/secretsmanager by default', async () => {
    const out = await sm.send(new CreateSecretCommand({ Name: 'app/db', SecretString: '{"password":"p"}', Description: 'db' }));
    assert.match(out.ARN!, /^arn:aws:secretsmanager:us-east-1:000000000000:secret:app\/db-[A-Za-z0-9]{6}$/);
    assert.equal(out.Name, 'app/db');
    assert.ok(out.VersionId);
    const got = await sm.send(new GetSecretValueCommand({ SecretId: 'app/db' }));
    assert.equal(got.SecretString, '{"password":"p"}');
    assert.deepEqual(got.VersionStages, ['AWSCURRENT']);
    const aliases = (await kms.send(new ListAliasesCommand({}))).Aliases!;
    assert.ok(aliases.some((a) => a.AliasName === 'alias/aws/secretsmanager' && a.TargetKeyId));
    const described = await sm.send(new DescribeSecretCommand({ SecretId: out.ARN }));
    assert.equal(described.KmsKeyId, undefined);
    assert.equal(described.Description, 'db');
  });

  test('a customer key encrypts the value; a disabled key is DecryptionFailure', async () => {
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    await sm.send(new CreateSecretCommand({ Name: 'own-key', SecretBinary: Buffer.from([1, 2, 3]), KmsKeyId: key.Arn }));
    assert.deepEqual(Buffer.from((await sm.send(new GetSecretValueCommand({ SecretId: 'own-key' }))).SecretBinary!), Buffer.from([1, 2, 3]));
    assert.equal((await sm.send(new DescribeSecretCommand({ SecretId: 'own-key' }))).KmsKeyId, key.Arn);
    await kms.send(new DisableKeyCommand({ KeyId: key.KeyId }));
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: 'own-key' })), { name: 'DecryptionFailure' });
    await assert.rejects(sm.send(new CreateSecretCommand({ Name: 'bad-key', SecretString: 'x', KmsKeyId: key.KeyId })), { name: 'EncryptionFailure' });
    await assert.rejects(sm.send(new CreateSecretCommand({ Name: 'no-key', SecretString: 'x', KmsKeyId: 'alias/none' })), { name: 'EncryptionFailure' });
  });

  test('duplicates, both value kinds, bad names; a secret without value has no AWSCURRENT', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'dup', SecretString: 'a' }));
    await assert.rejects(sm.send(new CreateSecretCommand({ Name: 'dup', SecretString: 'b' })), {
      name: 'ResourceExistsException',
      message: 'The operation failed because the secret dup already exists.',
    });
    await assert.rejects(sm.send(new CreateSecretCommand({ Name: 'both', SecretString: 'a', SecretBinary: Buffer.from('b') })), { name: 'InvalidParameterException' });
    await assert.rejects(sm.send(new CreateSecretCommand({ Name: 'bad name!', SecretString: 'a' })), { name: 'ValidationException' });
    const empty = await sm.send(new CreateSecretCommand({ Name: 'empty' }));
    assert.equal(empty.VersionId, undefined);
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: 'empty' })), {
      name: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
    });
  });

  test('a retried request with the same ClientRequestToken is idempotent', async () => {
    const token = 'a'.repeat(32);
    const first = await sm.send(new CreateSecretCommand({ Name: 'idem', SecretString: 'v', ClientRequestToken: token }));
    const again = await sm.send(new CreateSecretCommand({ Name: 'idem', SecretString: 'v', ClientRequestToken: token }));
    assert.equal(first.VersionId, token);
    assert.equal(again.ARN, first.ARN);
  });
});
