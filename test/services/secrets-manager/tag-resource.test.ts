import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateSecretCommand, DescribeSecretCommand, TagResourceCommand, UntagResourceCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager TagResource and UntagResource', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  before(async () => ({ kumo, sm } = await startSecrets()));
  after(() => kumo.stop());

  test('add, overwrite and remove tags', async () => {
    await sm.send(new CreateSecretCommand({ Name: 't', SecretString: 'x', Tags: [{ Key: 'a', Value: '1' }] }));
    await sm.send(new TagResourceCommand({ SecretId: 't', Tags: [{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }] }));
    assert.deepEqual((await sm.send(new DescribeSecretCommand({ SecretId: 't' }))).Tags, [{ Key: 'a', Value: '2' }, { Key: 'b', Value: '3' }]);
    await sm.send(new UntagResourceCommand({ SecretId: 't', TagKeys: ['a'] }));
    assert.deepEqual((await sm.send(new DescribeSecretCommand({ SecretId: 't' }))).Tags, [{ Key: 'b', Value: '3' }]);
  });
});
