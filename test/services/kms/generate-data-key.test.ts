import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { CreateKeyCommand, DecryptCommand, GenerateDataKeyCommand, GenerateDataKeyWithoutPlaintextCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS GenerateDataKey and GenerateDataKeyWithoutPlaintext', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  let keyId: string;
  before(async () => {
    ({ kumo, kms } = await startKms());
    keyId = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
  });
  after(() => kumo.stop());

  test('envelope encryption: data key from KMS, local AES-256-GCM, decrypt of the stored data key', async () => {
    const context = { purpose: 'envelope' };
    const dataKey = await kms.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context }));
    assert.equal(dataKey.Plaintext?.length, 32);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', dataKey.Plaintext!, iv);
    const sealed = Buffer.concat([cipher.update('a large document'), cipher.final()]);
    const tag = cipher.getAuthTag();
    // Later: only the encrypted data key was kept.
    const { Plaintext } = await kms.send(new DecryptCommand({ CiphertextBlob: dataKey.CiphertextBlob, EncryptionContext: context }));
    const decipher = createDecipheriv('aes-256-gcm', Plaintext!, iv);
    decipher.setAuthTag(tag);
    assert.equal(Buffer.concat([decipher.update(sealed), decipher.final()]).toString(), 'a large document');
  });

  test('KeySpec AES_128 or NumberOfBytes, exactly one of them', async () => {
    assert.equal((await kms.send(new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_128' }))).Plaintext?.length, 16);
    assert.equal((await kms.send(new GenerateDataKeyCommand({ KeyId: keyId, NumberOfBytes: 64 }))).Plaintext?.length, 64);
    await assert.rejects(kms.send(new GenerateDataKeyCommand({ KeyId: keyId })), { name: 'ValidationException', message: 'Please specify either number of bytes or key spec.' });
    await assert.rejects(kms.send(new GenerateDataKeyCommand({ KeyId: keyId, NumberOfBytes: 1025 })), { name: 'ValidationException' });
  });

  test('without plaintext: only the blob, which decrypts to a key of the asked size', async () => {
    const out = await kms.send(new GenerateDataKeyWithoutPlaintextCommand({ KeyId: keyId, KeySpec: 'AES_256' }));
    assert.equal(out.Plaintext, undefined);
    assert.equal((await kms.send(new DecryptCommand({ CiphertextBlob: out.CiphertextBlob }))).Plaintext?.length, 32);
  });

  test('a signing key cannot make data keys', async () => {
    const rsa = (await kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    await assert.rejects(kms.send(new GenerateDataKeyCommand({ KeyId: rsa.KeyId, KeySpec: 'AES_256' })), { name: 'InvalidKeyUsageException' });
  });
});
