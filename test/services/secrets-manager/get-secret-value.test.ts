import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateSecretCommand, GetSecretValueCommand, PutSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager GetSecretValue and PutSecretValue', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  before(async () => ({ kumo, sm } = await startSecrets()));
  after(() => kumo.stop());

  test('versions by id and stage; AWSPREVIOUS follows AWSCURRENT', async () => {
    const created = await sm.send(new CreateSecretCommand({ Name: 'rot', SecretString: 'v1' }));
    const put = await sm.send(new PutSecretValueCommand({ SecretId: 'rot', SecretString: 'v2' }));
    assert.deepEqual(put.VersionStages, ['AWSCURRENT']);
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: 'rot' }))).SecretString, 'v2');
    const previous = await sm.send(new GetSecretValueCommand({ SecretId: 'rot', VersionStage: 'AWSPREVIOUS' }));
    assert.equal(previous.SecretString, 'v1');
    assert.equal(previous.VersionId, created.VersionId);
    const put3 = await sm.send(new PutSecretValueCommand({ SecretId: created.ARN, SecretString: 'v3' }));
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: 'rot', VersionStage: 'AWSPREVIOUS' }))).VersionId, put.VersionId);
    const first = await sm.send(new GetSecretValueCommand({ SecretId: 'rot', VersionId: created.VersionId }));
    assert.equal(first.SecretString, 'v1');
    assert.deepEqual(first.VersionStages, []);
    const pending = await sm.send(new PutSecretValueCommand({ SecretId: 'rot', SecretString: 'v4', VersionStages: ['AWSPENDING'] }));
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: 'rot' }))).VersionId, put3.VersionId);
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: 'rot', VersionStage: 'AWSPENDING' }))).VersionId, pending.VersionId);
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: 'rot', VersionId: put.VersionId, VersionStage: 'AWSCURRENT' })), { name: 'ResourceNotFoundException' });
  });

  test('by partial ARN; unknown secrets are ResourceNotFoundException', async () => {
    const created = await sm.send(new CreateSecretCommand({ Name: 'partial', SecretString: 'p' }));
    const partial = created.ARN!.slice(0, -7);
    assert.equal((await sm.send(new GetSecretValueCommand({ SecretId: partial }))).SecretString, 'p');
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: 'nope' })), {
      name: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret.",
    });
    await assert.rejects(sm.send(new GetSecretValueCommand({ SecretId: `${partial}-XXXXXX` })), { name: 'ResourceNotFoundException' });
  });
});
