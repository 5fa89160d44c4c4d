import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, ScheduleKeyDeletionCommand, type KMSClient } from '@aws-sdk/client-kms';
import { CreateSecretCommand, DescribeSecretCommand, GetSecretValueCommand, UpdateSecretCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager UpdateSecret', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  let kms: KMSClient;
  before(async () => ({ kumo, sm, kms } = await startSecrets()));
  after(() => kumo.stop());

  test('description alone, then a value (new AWSCURRENT), then a new key re-encrypting the labelled versions', async () => {
    await sm.send(new CreateSecretCommand({ Name: 'u', SecretString: 'one' }));
    const noValue = await sm.send(new UpdateSecretCommand({ SecretId: 'u', Description: 'changed' }));
    assert.equal(noValue.VersionId, undefined);
    assert.equal((await sm.send(new DescribeSecretCommand({ SecretId: 'u' }))).Description, 'changed');
    const withValue = await sm.send(new UpdateSecretCommand({ SecretId: 'u', SecretString: 'two' }));
    assert.ok(withValue.VersionId);
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: 'u' }))).SecretString, 'two');
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    await sm.send(new UpdateSecretCommand({ SecretId: 'u', KmsKeyId: key.KeyId }));
    assert.equal((await sm.send(new DescribeSecretCommand({ SecretId: 'u' }))).KmsKeyId, key.KeyId);
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: 'u', VersionStage: 'AWSPREVIOUS' }))).SecretString, 'one');
    // Only the new key can open the values now: losing it loses them.
    await kms.send(new ScheduleKeyDeletionCommand({ KeyId: key.KeyId, PendingWindowInDays: 7 }));
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: 'u' })), { name: 'DecryptionFailure' });
  });
});
