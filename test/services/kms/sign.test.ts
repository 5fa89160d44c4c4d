import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { constants, createHash, createPublicKey, verify } from 'node:crypto';
import { CreateKeyCommand, GetPublicKeyCommand, SignCommand, VerifyCommand, type KMSClient, type SigningAlgorithmSpec, type KeySpec } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

const CASES: Array<[KeySpec, SigningAlgorithmSpec]> = [
  ['RSA_2048', 'RSASSA_PSS_SHA_256'],
  ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_384'],
  ['RSA_3072', 'RSASSA_PSS_SHA_512'],
  ['ECC_NIST_P256', 'ECDSA_SHA_256'],
  ['ECC_NIST_P384', 'ECDSA_SHA_384'],
  ['ECC_NIST_P521', 'ECDSA_SHA_512'],
  ['ECC_SECG_P256K1', 'ECDSA_SHA_256'],
];

describe('KMS Sign and Verify', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  for (const [spec, algorithm] of CASES) {
    test(`${spec} ${algorithm}: RAW and DIGEST signatures verify in KMS and with the public key locally`, async () => {
      const key = (await kms.send(new CreateKeyCommand({ KeySpec: spec, KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
      const publicKey = createPublicKey({ key: Buffer.from((await kms.send(new GetPublicKeyCommand({ KeyId: key.KeyId }))).PublicKey!), format: 'der', type: 'spki' });
      const hash = `sha${/SHA_(\d+)/.exec(algorithm)![1]}`;
      const message = Buffer.from(`message for ${spec}`);
      const digest = createHash(hash).update(message).digest();
      const pss = algorithm.includes('PSS');
      const local = (sig: Uint8Array) =>
        verify(hash, message, pss ? { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST } : publicKey, sig);
      for (const [MessageType, Message] of [['RAW', message], ['DIGEST', digest]] as const) {
        const signed = await kms.send(new SignCommand({ KeyId: key.KeyId, Message, MessageType, SigningAlgorithm: algorithm }));
        assert.equal(signed.KeyId, key.Arn);
        assert.equal(signed.SigningAlgorithm, algorithm);
        assert.ok(local(signed.Signature!), `${MessageType} signature verifies locally`);
        for (const [vt, vm] of [['RAW', message], ['DIGEST', digest]] as const) {
          const checked = await kms.send(new VerifyCommand({ KeyId: key.KeyId, Message: vm, MessageType: vt, Signature: signed.Signature, SigningAlgorithm: algorithm }));
          assert.equal(checked.SignatureValid, true);
        }
        await assert.rejects(
          kms.send(new VerifyCommand({ KeyId: key.KeyId, Message: Buffer.from('other'), Signature: signed.Signature, SigningAlgorithm: algorithm })),
          { name: 'KMSInvalidSignatureException' },
        );
      }
    });
  }

  test('wrong algorithm, wrong digest length, wrong key usage', async () => {
    const key = (await kms.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    await assert.rejects(kms.send(new SignCommand({ KeyId: key.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_384' })), { name: 'InvalidKeyUsageException' });
    await assert.rejects(kms.send(new SignCommand({ KeyId: key.KeyId, Message: Buffer.alloc(20), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' })), {
      name: 'ValidationException',
    });
    const sym = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    await assert.rejects(kms.send(new SignCommand({ KeyId: sym.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' })), { name: 'InvalidKeyUsageException' });
  });
});
