import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, GenerateMacCommand, VerifyMacCommand, type KMSClient, type KeySpec, type MacAlgorithmSpec } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS GenerateMac and VerifyMac', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  for (const [spec, algorithm, bytes] of [['HMAC_224', 'HMAC_SHA_224', 28], ['HMAC_256', 'HMAC_SHA_256', 32], ['HMAC_384', 'HMAC_SHA_384', 48], ['HMAC_512', 'HMAC_SHA_512', 64]] as const) {
    test(`${spec}: a MAC of the hash's size that verifies; a changed message does not`, async () => {
      const key = (await kms.send(new CreateKeyCommand({ KeySpec: spec as KeySpec, KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
      const out = await kms.send(new GenerateMacCommand({ KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: algorithm as MacAlgorithmSpec }));
      assert.equal(out.Mac?.length, bytes);
      assert.equal(out.KeyId, key.Arn);
      const again = await kms.send(new GenerateMacCommand({ KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: algorithm as MacAlgorithmSpec }));
      assert.deepEqual(again.Mac, out.Mac);
      const ok = await kms.send(new VerifyMacCommand({ KeyId: key.KeyId, Message: Buffer.from('m'), Mac: out.Mac, MacAlgorithm: algorithm as MacAlgorithmSpec }));
      assert.equal(ok.MacValid, true);
      await assert.rejects(kms.send(new VerifyMacCommand({ KeyId: key.KeyId, Message: Buffer.from('n'), Mac: out.Mac, MacAlgorithm: algorithm as MacAlgorithmSpec })), {
        name: 'KMSInvalidMacException',
      });
    });
  }

  test('the algorithm must match the key spec', async () => {
    const key = (await kms.send(new CreateKeyCommand({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))).KeyMetadata!;
    await assert.rejects(kms.send(new GenerateMacCommand({ KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_512' })), { name: 'InvalidKeyUsageException' });
  });
});
