import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CancelKeyDeletionCommand, CreateKeyCommand, DescribeKeyCommand, EncryptCommand, ListKeysCommand, ScheduleKeyDeletionCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS ScheduleKeyDeletion and CancelKeyDeletion', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  let advance: (s: number) => Promise<void>;
  before(async () => ({ kumo, kms, advance } = await startKms()));
  after(() => kumo.stop());

  test('the key waits its window on Kumo\'s clock, refuses use meanwhile, then is gone', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
    const id = KeyMetadata!.KeyId!;
    const out = await kms.send(new ScheduleKeyDeletionCommand({ KeyId: id, PendingWindowInDays: 7 }));
    assert.equal(out.KeyId, KeyMetadata!.Arn);
    assert.equal(out.KeyState, 'PendingDeletion');
    assert.equal(out.PendingWindowInDays, 7);
    const d = (await kms.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata!;
    assert.equal(d.KeyState, 'PendingDeletion');
    assert.equal(d.Enabled, false);
    assert.equal(d.DeletionDate?.getTime(), out.DeletionDate?.getTime());
    await assert.rejects(kms.send(new EncryptCommand({ KeyId: id, Plaintext: Buffer.from('x') })), {
      name: 'KMSInvalidStateException',
      message: `${KeyMetadata!.Arn} is pending deletion.`,
    });
    await assert.rejects(kms.send(new ScheduleKeyDeletionCommand({ KeyId: id })), { name: 'KMSInvalidStateException' });
    await advance(6 * 86400);
    assert.equal((await kms.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata?.KeyState, 'PendingDeletion');
    await advance(86400 + 60);
    await assert.rejects(kms.send(new DescribeKeyCommand({ KeyId: id })), { name: 'NotFoundException' });
    assert.ok(!(await kms.send(new ListKeysCommand({}))).Keys!.some((k) => k.KeyId === id));
  });

  test('cancelling leaves the key Disabled; windows outside 7-30 days are refused', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
    const id = KeyMetadata!.KeyId!;
    await assert.rejects(kms.send(new ScheduleKeyDeletionCommand({ KeyId: id, PendingWindowInDays: 6 })), {
      name: 'ValidationException',
      message: "1 validation error detected: Value '6' at 'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than or equal to 7",
    });
    await assert.rejects(kms.send(new ScheduleKeyDeletionCommand({ KeyId: id, PendingWindowInDays: 31 })), { name: 'ValidationException' });
    await assert.rejects(kms.send(new CancelKeyDeletionCommand({ KeyId: id })), { name: 'KMSInvalidStateException' });
    const scheduled = await kms.send(new ScheduleKeyDeletionCommand({ KeyId: id }));
    assert.equal(scheduled.PendingWindowInDays, 30);
    assert.equal((await kms.send(new CancelKeyDeletionCommand({ KeyId: id }))).KeyId, KeyMetadata!.Arn);
    const m = (await kms.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata!;
    assert.equal(m.KeyState, 'Disabled');
    assert.equal(m.DeletionDate, undefined);
    await advance(31 * 86400);
    assert.equal((await kms.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata?.KeyState, 'Disabled');
  });
});
