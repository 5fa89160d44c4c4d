import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS CreateKey', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('a symmetric key by default, with AWS\'s metadata fields', async () => {
    const { KeyMetadata: m } = await kms.send(new CreateKeyCommand({ Description: 'd' }));
    assert.match(m!.KeyId!, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(m!.Arn, `arn:aws:kms:us-east-1:000000000000:key/${m!.KeyId}`);
    assert.equal(m!.AWSAccountId, '000000000000');
    assert.equal(m!.Enabled, true);
    assert.equal(m!.KeyState, 'Enabled');
    assert.equal(m!.KeyUsage, 'ENCRYPT_DECRYPT');
    assert.equal(m!.KeySpec, 'SYMMETRIC_DEFAULT');
    assert.equal(m!.CustomerMasterKeySpec, 'SYMMETRIC_DEFAULT');
    assert.deepEqual(m!.EncryptionAlgorithms, ['SYMMETRIC_DEFAULT']);
    assert.equal(m!.Origin, 'AWS_KMS');
    assert.equal(m!.KeyManager, 'CUSTOMER');
    assert.equal(m!.MultiRegion, false);
    assert.equal(m!.Description, 'd');
    assert.ok(m!.CreationDate instanceof Date);
  });

  test('asymmetric and HMAC specs list their algorithms', async () => {
    const rsa = (await kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    assert.equal(rsa.SigningAlgorithms?.length, 6);
    assert.equal(rsa.EncryptionAlgorithms, undefined);
    const rsaEnc = (await kms.send(new CreateKeyCommand({ KeySpec: 'RSA_3072', KeyUsage: 'ENCRYPT_DECRYPT' }))).KeyMetadata!;
    assert.deepEqual(rsaEnc.EncryptionAlgorithms, ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']);
    const ec = (await kms.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    assert.deepEqual(ec.SigningAlgorithms, ['ECDSA_SHA_384']);
    const mac = (await kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
    assert.deepEqual(mac.MacAlgorithms, ['HMAC_SHA_256']);
    const mrk = (await kms.send(new CreateKeyCommand({ MultiRegion: true }))).KeyMetadata!;
    assert.match(mrk.KeyId!, /^mrk-[0-9a-f]{32}$/);
    assert.equal(mrk.MultiRegionConfiguration?.MultiRegionKeyType, 'PRIMARY');
  });

  test('usage that does not fit the spec, unknown specs and bad policies are refused', async () => {
    await assert.rejects(kms.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256' })), { name: 'ValidationException' });
    await assert.rejects(kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'ENCRYPT_DECRYPT' })), { name: 'ValidationException' });
    await assert.rejects(kms.send(new CreateKeyCommand({ KeySpec: 'AES_999' as 'RSA_2048' })), { name: 'ValidationException' });
    await assert.rejects(kms.send(new CreateKeyCommand({ Policy: '{not json' })), { name: 'MalformedPolicyDocumentException' });
    await assert.rejects(kms.send(new CreateKeyCommand({ Tags: [{ TagKey: 'aws:x', TagValue: 'y' }] })), { name: 'TagException' });
  });
});
