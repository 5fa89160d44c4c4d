import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, DecryptCommand, EncryptCommand, ReEncryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS ReEncrypt', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('moves a ciphertext to another key and context', async () => {
    const a = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const b = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const enc = await kms.send(new EncryptCommand({ KeyId: a.KeyId, Plaintext: Buffer.from('move me'), EncryptionContext: { v: '1' } }));
    await assert.rejects(kms.send(new ReEncryptCommand({ CiphertextBlob: enc.CiphertextBlob, DestinationKeyId: b.KeyId })), { name: 'InvalidCiphertextException' });
    const re = await kms.send(new ReEncryptCommand({
      CiphertextBlob: enc.CiphertextBlob,
      SourceEncryptionContext: { v: '1' },
      DestinationKeyId: b.KeyId,
      DestinationEncryptionContext: { v: '2' },
    }));
    assert.equal(re.SourceKeyId, a.Arn);
    assert.equal(re.KeyId, b.Arn);
    assert.equal(re.SourceEncryptionAlgorithm, 'SYMMETRIC_DEFAULT');
    const dec = await kms.send(new DecryptCommand({ CiphertextBlob: re.CiphertextBlob, EncryptionContext: { v: '2' } }));
    assert.equal(dec.KeyId, b.Arn);
    assert.equal(Buffer.from(dec.Plaintext!).toString(), 'move me');
  });
});
