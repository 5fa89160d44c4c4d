import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateKeyCommand, DecryptCommand, DisableKeyRotationCommand, EnableKeyRotationCommand, EncryptCommand, GetKeyRotationStatusCommand,
  ListKeyRotationsCommand, RotateKeyOnDemandCommand, type KMSClient,
} from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS rotation: RotateKeyOnDemand, Enable/DisableKeyRotation, GetKeyRotationStatus, ListKeyRotations', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  let advance: (s: number) => Promise<void>;
  before(async () => ({ kumo, kms, advance } = await startKms()));
  after(() => kumo.stop());

  test('on demand: new ciphertexts use new material, old ones still decrypt', async () => {
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const before = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: Buffer.from('old') }));
    assert.equal((await kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId }))).KeyId, key.KeyId);
    const afterRotation = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: Buffer.from('new') }));
    assert.notDeepEqual(Buffer.from(before.CiphertextBlob!).subarray(0, 42), Buffer.from(afterRotation.CiphertextBlob!).subarray(0, 42));
    for (const [blob, text] of [[before.CiphertextBlob, 'old'], [afterRotation.CiphertextBlob, 'new']] as const) {
      assert.equal(Buffer.from((await kms.send(new DecryptCommand({ CiphertextBlob: blob }))).Plaintext!).toString(), text);
    }
    const rotations = (await kms.send(new ListKeyRotationsCommand({ KeyId: key.KeyId }))).Rotations!;
    assert.equal(rotations.length, 1);
    assert.equal(rotations[0].RotationType, 'ON_DEMAND');
  });

  test('automatic rotation follows Kumo\'s clock', async () => {
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    assert.equal((await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled, false);
    await assert.rejects(kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 89 })), { name: 'ValidationException' });
    await kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId, RotationPeriodInDays: 90 }));
    const status = await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }));
    assert.equal(status.KeyRotationEnabled, true);
    assert.equal(status.RotationPeriodInDays, 90);
    assert.equal(status.KeyId, key.Arn);
    const old = await kms.send(new EncryptCommand({ KeyId: key.KeyId, Plaintext: Buffer.from('kept') }));
    await advance(90 * 86400 + 120);
    const rotations = (await kms.send(new ListKeyRotationsCommand({ KeyId: key.KeyId }))).Rotations!;
    assert.deepEqual(rotations.map((r) => r.RotationType), ['AUTOMATIC']);
    assert.equal(Buffer.from((await kms.send(new DecryptCommand({ CiphertextBlob: old.CiphertextBlob }))).Plaintext!).toString(), 'kept');
    const next = (await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).NextRotationDate!;
    assert.ok(next.getTime() > Date.now() + 80 * 86_400_000);
    await kms.send(new DisableKeyRotationCommand({ KeyId: key.KeyId }));
    assert.equal((await kms.send(new GetKeyRotationStatusCommand({ KeyId: key.KeyId }))).KeyRotationEnabled, false);
  });

  test('asymmetric keys do not rotate', async () => {
    const key = (await kms.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    await assert.rejects(kms.send(new RotateKeyOnDemandCommand({ KeyId: key.KeyId })), { name: 'UnsupportedOperationException' });
    await assert.rejects(kms.send(new EnableKeyRotationCommand({ KeyId: key.KeyId })), { name: 'UnsupportedOperationException' });
  });
});
