import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateSecretCommand, DeleteResourcePolicyCommand, GetResourcePolicyCommand, PutResourcePolicyCommand, ValidateResourcePolicyCommand, type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager resource policies', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  before(async () => ({ kumo, sm } = await startSecrets()));
  after(() => kumo.stop());

  test('put, get, validate, delete', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'p', SecretString: 'x' }));
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }] });
    assert.equal((await sm.send(new GetResourcePolicyCommand({ SecretId: 'p' }))).ResourcePolicy, undefined);
    await sm.send(new PutResourcePolicyCommand({ SecretId: 'p', ResourcePolicy: policy }));
    assert.equal((await sm.send(new GetResourcePolicyCommand({ SecretId: 'p' }))).ResourcePolicy, policy);
    assert.equal((await sm.send(new ValidateResourcePolicyCommand({ ResourcePolicy: policy }))).PolicyValidationPassed, true);
    await assert.rejects(sm.send(new PutResourcePolicyCommand({ SecretId: 'p', ResourcePolicy: '{' })), { name: 'MalformedPolicyDocumentException' });
    await sm.send(new DeleteResourcePolicyCommand({ SecretId: 'p' }));
    assert.equal((await sm.send(new GetResourcePolicyCommand({ SecretId: 'p' }))).ResourcePolicy, undefined);
  });
});
