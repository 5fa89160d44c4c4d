import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BatchGetSecretValueCommand, CreateSecretCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager BatchGetSecretValue', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  before(async () => {
    ({ kumo, sm } = await startSecrets());
    await sm.send(new CreateSecretCommand({ Name: 'b/one', SecretString: '1' }));
    await sm.send(new CreateSecretCommand({ Name: 'b/two', SecretString: '2' }));
  });
  after(() => kumo.stop());

  test('by id list, with per-secret errors', async () => {
    const out = await sm.send(new BatchGetSecretValueCommand({ SecretIdList: ['b/one', 'b/two', 'b/missing'] }));
    assert.deepEqual(out.SecretValues!.map((v) => [v.Name, v.SecretString]), [['b/one', '1'], ['b/two', '2']]);
    assert.deepEqual(out.Errors, [{ SecretId: 'b/missing', ErrorCode: 'ResourceNotFoundException', Message: "Secrets Manager can't find the specified secret." }]);
  });

  test('by filters; not both', async () => {
    const out = await sm.send(new BatchGetSecretValueCommand({ Filters: [{ Key: 'name', Values: ['b/t'] }] }));
    assert.deepEqual(out.SecretValues!.map((v) => v.SecretString), ['2']);
    await assert.rejects(sm.send(new BatchGetSecretValueCommand({ SecretIdList: ['b/one'], Filters: [{ Key: 'name', Values: ['b'] }] })), { name: 'InvalidParameterException' });
  });
});
