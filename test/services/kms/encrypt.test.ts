import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, DecryptCommand, DisableKeyCommand, EnableKeyCommand, EncryptCommand, CreateAliasCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS Encrypt and Decrypt', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  let keyId: string;
  let arn: string;
  before(async () => {
    ({ kumo, kms } = await startKms());
    const created = await kms.send(new CreateKeyCommand({ Description: 'enc' }));
    keyId = created.KeyMetadata!.KeyId!;
    arn = created.KeyMetadata!.Arn!;
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/enc', TargetKeyId: keyId }));
  });
  after(() => kumo.stop());

  test('round trip by key id, ARN, alias name and alias ARN; the blob names its key', async () => {
    const aliasArn = arn.replace(/key\/.*/, 'alias/enc');
    for (const id of [keyId, arn, 'alias/enc', aliasArn]) {
      const enc = await kms.send(new EncryptCommand({ KeyId: id, Plaintext: Buffer.from('secret') }));
      assert.equal(enc.KeyId, arn);
      assert.equal(enc.EncryptionAlgorithm, 'SYMMETRIC_DEFAULT');
      assert.ok(!Buffer.from(enc.CiphertextBlob!).includes(Buffer.from('secret')));
      const dec = await kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob }));
      assert.equal(Buffer.from(dec.Plaintext!).toString(), 'secret');
      assert.equal(dec.KeyId, arn);
    }
  });

  test('the encryption context is bound: a different or missing one is InvalidCiphertextException', async () => {
    const enc = await kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: Buffer.from('x'), EncryptionContext: { b: '2', a: '1' } }));
    const dec = await kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { a: '1', b: '2' } }));
    assert.equal(Buffer.from(dec.Plaintext!).toString(), 'x');
    await assert.rejects(kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { a: '1' } })), { name: 'InvalidCiphertextException' });
    await assert.rejects(kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob })), { name: 'InvalidCiphertextException' });
    const tampered = Buffer.from(enc.CiphertextBlob!);
    tampered[tampered.length - 1] ^= 1;
    await assert.rejects(kms.send(new DecryptCommand({ CiphertextBlob: tampered, EncryptionContext: { a: '1', b: '2' } })), { name: 'InvalidCiphertextException' });
    await assert.rejects(kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from('not a blob') })), { name: 'InvalidCiphertextException' });
  });

  test('a KeyId that is not the blob\'s key is IncorrectKeyException', async () => {
    const other = await kms.send(new CreateKeyCommand({}));
    const enc = await kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: Buffer.from('x') }));
    await assert.rejects(kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, KeyId: other.KeyMetadata!.KeyId })), {
      name: 'IncorrectKeyException',
      message: 'The key ID in the request does not identify a CMK that can perform this operation.',
    });
    const ok = await kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, KeyId: 'alias/enc' }));
    assert.equal(Buffer.from(ok.Plaintext!).toString(), 'x');
  });

  test('a disabled key refuses both ways with DisabledException', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
    const enc = await kms.send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId, Plaintext: Buffer.from('x') }));
    await kms.send(new DisableKeyCommand({ KeyId: KeyMetadata!.KeyId }));
    await assert.rejects(kms.send(new EncryptCommand({ KeyId: KeyMetadata!.KeyId, Plaintext: Buffer.from('x') })), {
      name: 'DisabledException',
      message: `${KeyMetadata!.Arn} is disabled.`,
    });
    await assert.rejects(kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob })), { name: 'DisabledException' });
    await kms.send(new EnableKeyCommand({ KeyId: KeyMetadata!.KeyId }));
    assert.equal(Buffer.from((await kms.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob }))).Plaintext!).toString(), 'x');
  });

  test('unknown keys and aliases: NotFoundException with AWS\'s messages; plaintext limits', async () => {
    const missing = '11111111-2222-3333-4444-555555555555';
    const region = arn.split(':')[3];
    await assert.rejects(kms.send(new EncryptCommand({ KeyId: missing, Plaintext: Buffer.from('x') })), {
      name: 'NotFoundException',
      message: `Key 'arn:aws:kms:${region}:000000000000:key/${missing}' does not exist`,
    });
    await assert.rejects(kms.send(new EncryptCommand({ KeyId: 'alias/nope', Plaintext: Buffer.from('x') })), {
      name: 'NotFoundException',
      message: `Alias arn:aws:kms:${region}:000000000000:alias/nope is not found.`,
    });
    await assert.rejects(kms.send(new EncryptCommand({ KeyId: 'nonsense', Plaintext: Buffer.from('x') })), { name: 'NotFoundException', message: "Invalid keyId 'nonsense'" });
    await assert.rejects(kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: Buffer.alloc(4097) })), { name: 'ValidationException' });
  });
});
