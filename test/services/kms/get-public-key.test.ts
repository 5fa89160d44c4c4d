import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { constants, createPublicKey, publicEncrypt } from 'node:crypto';
import { CreateKeyCommand, DecryptCommand, EncryptCommand, GetPublicKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS GetPublicKey and RSA encryption', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('DER SubjectPublicKeyInfo; data encrypted locally with it decrypts in KMS', async () => {
    const key = (await kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }))).KeyMetadata!;
    const out = await kms.send(new GetPublicKeyCommand({ KeyId: key.KeyId }));
    assert.equal(out.KeySpec, 'RSA_2048');
    assert.equal(out.KeyUsage, 'ENCRYPT_DECRYPT');
    assert.deepEqual(out.EncryptionAlgorithms, ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']);
    const publicKey = createPublicKey({ key: Buffer.from(out.PublicKey!), format: 'der', type: 'spki' });
    assert.equal(publicKey.asymmetricKeyDetails?.modulusLength, 2048);
    const local = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from('hi'));
    const dec = await kms.send(new DecryptCommand({ KeyId: key.KeyId, CiphertextBlob: local, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }));
    assert.equal(Buffer.from(dec.Plaintext!).toString(), 'hi');
    const enc = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: Buffer.from('kms'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' }));
    assert.equal(enc.CiphertextBlob?.length, 256);
    const back = await kms.send(new DecryptCommand({ KeyId: key.KeyId, CiphertextBlob: enc.CiphertextBlob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' }));
    assert.equal(Buffer.from(back.Plaintext!).toString(), 'kms');
    await assert.rejects(kms.send(new DecryptCommand({ KeyId: key.KeyId, CiphertextBlob: enc.CiphertextBlob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })), {
      name: 'InvalidCiphertextException',
    });
    await assert.rejects(kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: Buffer.from('x') })), { name: 'InvalidKeyUsageException' });
  });

  test('symmetric keys have no public key', async () => {
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    await assert.rejects(kms.send(new GetPublicKeyCommand({ KeyId: key.KeyId })), { name: 'UnsupportedOperationException' });
  });
});
