import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateSecretCommand, DeleteSecretCommand, DescribeSecretCommand, GetSecretValueCommand, ListSecretsCommand, RestoreSecretCommand, type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager DeleteSecret and RestoreSecret', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  let advance: (s: number) => Promise<void>;
  before(async () => ({ kumo, sm, advance } = await startSecrets()));
  after(() => kumo.stop());

  test('a recovery window on Kumo\'s clock: refused access meanwhile, restore, then gone for good', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'temp', SecretString: 't' }));
    const deleted = await sm.send(new DeleteSecretCommand({ SecretId: 'temp', RecoveryWindowInDays: 7 }));
    assert.ok(deleted.DeletionDate!.getTime() > Date.now() + 6.9 * 86_400_000);
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: 'temp' })), {
      name: 'InvalidRequestException',
      message: "You can't perform this operation on the secret because it was marked for deletion.",
    });
    assert.ok((await sm.send(new DescribeSecretCommand({ SecretId: 'temp' }))).DeletedDate);
    assert.ok(!(await sm.send(new ListSecretsCommand({}))).SecretList!.some((s) => s.Name === 'temp'));
    assert.ok((await sm.send(new ListSecretsCommand({ IncludePlannedDeletion: true }))).SecretList!.some((s) => s.Name === 'temp'));
    await assert.rejects(sm.send(new CreateSecretCommand({ Name: 'temp', SecretString: 'x' })), { name: 'InvalidRequestException' });
    await sm.send(new RestoreSecretCommand({ SecretId: 'temp' }));
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: 'temp' }))).SecretString, 't');
    await sm.send(new DeleteSecretCommand({ SecretId: 'temp', RecoveryWindowInDays: 7 }));
    await advance(7 * 86400 + 120);
    await assert.rejects(sm.send(new DescribeSecretCommand({ SecretId: 'temp' })), { name: 'ResourceNotFoundException' });
    await sm.send(new CreateSecretCommand({ Name: 'temp', SecretString: 'again' }));
  });

  test('force delete is immediate; parameter rules', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'gone', SecretString: 'g' }));
    await assert.rejects(sm.send(new DeleteSecretCommand({ SecretId: 'gone', RecoveryWindowInDays: 7, ForceDeleteWithoutRecovery: true })), {
      name: 'InvalidParameterException',
    });
    await assert.rejects(sm.send(new DeleteSecretCommand({ SecretId: 'gone', RecoveryWindowInDays: 3 })), { name: 'InvalidParameterException' });
    await sm.send(new DeleteSecretCommand({ SecretId: 'gone', ForceDeleteWithoutRecovery: true }));
    await assert.rejects(sm.send(new DescribeSecretCommand({ SecretId: 'gone' })), { name: 'ResourceNotFoundException' });
  });
});
