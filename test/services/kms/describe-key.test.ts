import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAliasCommand, CreateKeyCommand, DescribeKeyCommand, ListAliasesCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS DescribeKey', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('accepts key id, key ARN, alias name and alias ARN', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/d', TargetKeyId: KeyMetadata!.Arn }));
    for (const id of [KeyMetadata!.KeyId, KeyMetadata!.Arn, 'alias/d', 'arn:aws:kms:us-east-1:000000000000:alias/d']) {
      assert.equal((await kms.send(new DescribeKeyCommand({ KeyId: id }))).KeyMetadata?.KeyId, KeyMetadata!.KeyId);
    }
  });

  test('an AWS managed alias creates its key on first use', async () => {
    const { KeyMetadata } = await kms.send(new DescribeKeyCommand({ KeyId: 'alias/aws/ssm' }));
    assert.equal(KeyMetadata?.KeyManager, 'AWS');
    assert.equal((await kms.send(new DescribeKeyCommand({ KeyId: 'alias/aws/ssm' }))).KeyMetadata?.KeyId, KeyMetadata?.KeyId);
    const aliases = (await kms.send(new ListAliasesCommand({}))).Aliases!;
    assert.equal(aliases.find((a) => a.AliasName === 'alias/aws/ssm')?.TargetKeyId, KeyMetadata?.KeyId);
  });

  test('another region does not see the key', async () => {
    const { KeyMetadata } = await kms.send(new CreateKeyCommand({}));
    const { KMSClient: Client } = await import('@aws-sdk/client-kms');
    const west = new Client({ ...kumo.clientConfig, region: 'eu-west-1' });
    await assert.rejects(west.send(new DescribeKeyCommand({ KeyId: KeyMetadata!.KeyId })), {
      name: 'NotFoundException',
      message: `Key 'arn:aws:kms:eu-west-1:000000000000:key/${KeyMetadata!.KeyId}' does not exist`,
    });
  });
});
