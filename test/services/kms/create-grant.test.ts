import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateGrantCommand, CreateKeyCommand, ListGrantsCommand, ListRetirableGrantsCommand, RetireGrantCommand, RevokeGrantCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS grants: CreateGrant, ListGrants, ListRetirableGrants, RetireGrant, RevokeGrant', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('create, list, retire by token, revoke by id', async () => {
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const grantee = 'arn:aws:iam::000000000000:role/app';
    const retiring = 'arn:aws:iam::000000000000:role/ops';
    const one = await kms.send(new CreateGrantCommand({
      KeyId: key.KeyId, GranteePrincipal: grantee, RetiringPrincipal: retiring, Operations: ['Encrypt', 'Decrypt'], Name: 'g1',
      Constraints: { EncryptionContextSubset: { team: 'a' } },
    }));
    assert.match(one.GrantId!, /^[0-9a-f]{64}$/);
    assert.ok(one.GrantToken);
    const again = await kms.send(new CreateGrantCommand({ KeyId: key.KeyId, GranteePrincipal: grantee, Operations: ['Encrypt', 'Decrypt'], Name: 'g1' }));
    assert.equal(again.GrantId, one.GrantId, 'same name and parameters: same grant');
    const two = await kms.send(new CreateGrantCommand({ KeyId: key.KeyId, GranteePrincipal: grantee, Operations: ['DescribeKey'] }));
    const listed = (await kms.send(new ListGrantsCommand({ KeyId: key.KeyId }))).Grants!;
    assert.equal(listed.length, 2);
    const g1 = listed.find((g) => g.GrantId === one.GrantId)!;
    assert.equal(g1.KeyId, key.Arn);
    assert.equal(g1.Name, 'g1');
    assert.equal(g1.IssuingAccount, 'arn:aws:iam::000000000000:root');
    assert.deepEqual(g1.Operations, ['Encrypt', 'Decrypt']);
    assert.deepEqual(g1.Constraints, { EncryptionContextSubset: { team: 'a' } });
    assert.equal((await kms.send(new ListRetirableGrantsCommand({ RetiringPrincipal: retiring }))).Grants?.length, 1);
    assert.equal((await kms.send(new ListGrantsCommand({ KeyId: key.KeyId, GrantId: two.GrantId }))).Grants?.length, 1);
    await kms.send(new RetireGrantCommand({ GrantToken: one.GrantToken }));
    await kms.send(new RevokeGrantCommand({ KeyId: key.KeyId, GrantId: two.GrantId }));
    assert.equal((await kms.send(new ListGrantsCommand({ KeyId: key.KeyId }))).Grants?.length, 0);
    await assert.rejects(kms.send(new RevokeGrantCommand({ KeyId: key.KeyId, GrantId: two.GrantId })), { name: 'NotFoundException' });
    await assert.rejects(kms.send(new RetireGrantCommand({ GrantToken: one.GrantToken })), { name: 'InvalidGrantTokenException' });
  });

  test('unknown operations are refused', async () => {
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    await assert.rejects(kms.send(new CreateGrantCommand({ KeyId: key.KeyId, GranteePrincipal: 'x', Operations: ['Fly' as 'Encrypt'] })), { name: 'ValidationException' });
  });
});
