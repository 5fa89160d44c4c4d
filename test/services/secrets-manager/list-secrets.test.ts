import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateSecretCommand, ListSecretsCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager ListSecrets', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  before(async () => {
    ({ kumo, sm } = await startSecrets());
    await sm.send(new CreateSecretCommand({ Name: 'prod/db', SecretString: 'x', Description: 'Main Database', Tags: [{ Key: 'env', Value: 'prod' }] }));
    await sm.send(new CreateSecretCommand({ Name: 'prod/api', SecretString: 'x', Tags: [{ Key: 'env', Value: 'prod' }, { Key: 'team', Value: 'web' }] }));
    await sm.send(new CreateSecretCommand({ Name: 'dev/db', SecretString: 'x', Description: 'dev database', Tags: [{ Key: 'env', Value: 'dev' }] }));
  });
  after(() => kumo.stop());

  const names = async (Filters?: Array<{ Key: string; Values: string[] }>) =>
    ((await sm.send(new ListSecretsCommand({ Filters: Filters as never }))).SecretList ?? []).map((s) => s.Name).sort();

  test('filters: prefixes, negation, OR within a filter, AND across filters', async () => {
    assert.deepEqual(await names([{ Key: 'name', Values: ['prod/'] }]), ['prod/api', 'prod/db']);
    assert.deepEqual(await names([{ Key: 'tag-value', Values: ['dev', 'web'] }]), ['dev/db', 'prod/api']);
    assert.deepEqual(await names([{ Key: 'tag-key', Values: ['env'] }, { Key: 'tag-value', Values: ['!prod'] }]), ['dev/db']);
    assert.deepEqual(await names([{ Key: 'description', Values: ['main'] }]), ['prod/db'], 'description ignores case');
    assert.deepEqual(await names([{ Key: 'all', Values: ['database'] }]), ['dev/db', 'prod/db']);
    await assert.rejects(sm.send(new ListSecretsCommand({ Filters: [{ Key: 'colour' as 'name', Values: ['x'] }] })), { name: 'InvalidParameterException' });
  });

  test('entries carry SecretVersionsToStages; pages with MaxResults and NextToken; sort order by creation', async () => {
    const first = await sm.send(new ListSecretsCommand({ MaxResults: 2 }));
    assert.equal(first.SecretList?.length, 2);
    assert.ok(first.NextToken);
    assert.deepEqual(Object.values(first.SecretList![0].SecretVersionsToStages!), [['AWSCURRENT']]);
    const second = await sm.send(new ListSecretsCommand({ MaxResults: 2, NextToken: first.NextToken }));
    assert.equal(second.SecretList?.length, 1);
    assert.equal(second.NextToken, undefined);
    const desc = await sm.send(new ListSecretsCommand({ SortOrder: 'desc' }));
    assert.equal(desc.SecretList![0].Name, 'dev/db');
    await assert.rejects(sm.send(new ListSecretsCommand({ NextToken: 'junk' })), { name: 'InvalidNextTokenException' });
  });
});
