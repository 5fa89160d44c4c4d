import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateSecretCommand, DescribeSecretCommand, GetSecretValueCommand, ListSecretVersionIdsCommand, PutSecretValueCommand, UpdateSecretVersionStageCommand, type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager UpdateSecretVersionStage and ListSecretVersionIds', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  before(async () => ({ kumo, sm } = await startSecrets()));
  after(() => kumo.stop());

  test('promote a pending version to AWSCURRENT by hand, as a rotation\'s finishSecret does', async () => {
    const v1 = (await sm.send(new CreateSecretCommand({ Name: 's', SecretString: 'one' }))).VersionId!;
    const v2 = (await sm.send(new PutSecretValueCommand({ SecretId: 's', SecretString: 'two', VersionStages: ['AWSPENDING'] }))).VersionId!;
    await assert.rejects(sm.send(new UpdateSecretVersionStageCommand({ SecretId: 's', VersionStage: 'AWSCURRENT', MoveToVersionId: v2 })), { name: 'InvalidParameterException' });
    await sm.send(new UpdateSecretVersionStageCommand({ SecretId: 's', VersionStage: 'AWSCURRENT', MoveToVersionId: v2, RemoveFromVersionId: v1 }));
    await sm.send(new UpdateSecretVersionStageCommand({ SecretId: 's', VersionStage: 'AWSPENDING', RemoveFromVersionId: v2 }));
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: 's' }))).SecretString, 'two');
    assert.deepEqual((await sm.send(new DescribeSecretCommand({ SecretId: 's' }))).VersionIdsToStages, { [v1]: ['AWSPREVIOUS'], [v2]: ['AWSCURRENT'] });
    const versions = (await sm.send(new ListSecretVersionIdsCommand({ SecretId: 's' }))).Versions!;
    assert.deepEqual(versions.map((v) => v.VersionId).sort(), [v1, v2].sort());
    assert.ok(versions[0].KmsKeyIds?.[0]?.startsWith('arn:aws:kms:us-east-1:000000000000:key/'));
  });
});
