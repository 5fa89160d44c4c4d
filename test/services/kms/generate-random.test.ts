import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GenerateRandomCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS GenerateRandom', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('the asked number of random bytes, 1 to 1024', async () => {
    const a = await kms.send(new GenerateRandomCommand({ NumberOfBytes: 32 }));
    const b = await kms.send(new GenerateRandomCommand({ NumberOfBytes: 32 }));
    assert.equal(a.Plaintext?.length, 32);
    assert.notDeepEqual(a.Plaintext, b.Plaintext);
    await assert.rejects(kms.send(new GenerateRandomCommand({ NumberOfBytes: 1025 })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024",
    });
  });
});
