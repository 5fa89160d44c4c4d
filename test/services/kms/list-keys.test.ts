import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, ListKeysCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS ListKeys', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('pages with Limit, Marker and Truncated', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 5; i++) ids.add((await kms.send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!);
    const first = await kms.send(new ListKeysCommand({ Limit: 3 }));
    assert.equal(first.Keys?.length, 3);
    assert.equal(first.Truncated, true);
    const second = await kms.send(new ListKeysCommand({ Limit: 3, Marker: first.NextMarker }));
    assert.equal(second.Keys?.length, 2);
    assert.equal(second.Truncated, false);
    assert.equal(second.NextMarker, undefined);
    assert.deepEqual(new Set([...first.Keys!, ...second.Keys!].map((k) => k.KeyId)), ids);
    assert.match(first.Keys![0].KeyArn!, /^arn:aws:kms:us-east-1:000000000000:key\//);
    await assert.rejects(kms.send(new ListKeysCommand({ Limit: 0 })), { name: 'ValidationException' });
    await assert.rejects(kms.send(new ListKeysCommand({ Marker: 'bogus' })), { name: 'InvalidMarkerException' });
  });
});
