import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, DescribeKeyCommand, UpdateKeyDescriptionCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS UpdateKeyDescription', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('replaces the description', async () => {
    const key = (await kms.send(new CreateKeyCommand({ Description: 'old' }))).KeyMetadata!;
    await kms.send(new UpdateKeyDescriptionCommand({ KeyId: key.KeyId, Description: 'new' }));
    assert.equal((await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata?.Description, 'new');
  });
});
