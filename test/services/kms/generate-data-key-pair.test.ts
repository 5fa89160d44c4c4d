import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { CreateKeyCommand, DecryptCommand, GenerateDataKeyPairCommand, GenerateDataKeyPairWithoutPlaintextCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS GenerateDataKeyPair and GenerateDataKeyPairWithoutPlaintext', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  let keyId: string;
  before(async () => {
    ({ kumo, kms } = await startKms());
    keyId = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
  });
  after(() => kumo.stop());

  test('a usable pair whose encrypted private key decrypts to the plaintext one', async () => {
    const out = await kms.send(new GenerateDataKeyPairCommand({ KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256', EncryptionContext: { p: '1' } }));
    assert.equal(out.KeyPairSpec, 'ECC_NIST_P256');
    const privateKey = createPrivateKey({ key: Buffer.from(out.PrivateKeyPlaintext!), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey({ key: Buffer.from(out.PublicKey!), format: 'der', type: 'spki' });
    assert.ok(verify('sha256', Buffer.from('x'), publicKey, sign('sha256', Buffer.from('x'), privateKey)));
    const dec = await kms.send(new DecryptCommand({ CiphertextBlob: out.PrivateKeyCiphertextBlob, EncryptionContext: { p: '1' } }));
    assert.deepEqual(Buffer.from(dec.Plaintext!), Buffer.from(out.PrivateKeyPlaintext!));
  });

  test('without plaintext; RSA; bad specs', async () => {
    const out = await kms.send(new GenerateDataKeyPairWithoutPlaintextCommand({ KeyId: keyId, KeyPairSpec: 'RSA_2048' }));
    assert.equal(out.PrivateKeyPlaintext, undefined);
    assert.equal(createPublicKey({ key: Buffer.from(out.PublicKey!), format: 'der', type: 'spki' }).asymmetricKeyDetails?.modulusLength, 2048);
    await assert.rejects(kms.send(new GenerateDataKeyPairCommand({ KeyId: keyId, KeyPairSpec: 'RSA_1024' as 'RSA_2048' })), { name: 'ValidationException' });
  });
});
