import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAliasCommand, CreateKeyCommand, DeleteAliasCommand, DescribeKeyCommand, ListAliasesCommand, UpdateAliasCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS aliases: CreateAlias, UpdateAlias, DeleteAlias, ListAliases', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('create, list (by key too), repoint and delete', async () => {
    const a = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const b = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: a.KeyId }));
    await assert.rejects(kms.send(new CreateAliasCommand({ AliasName: 'alias/app', TargetKeyId: b.KeyId })), {
      name: 'AlreadyExistsException',
      message: 'An alias with the name arn:aws:kms:us-east-1:000000000000:alias/app already exists',
    });
    const listed = (await kms.send(new ListAliasesCommand({ KeyId: a.KeyId }))).Aliases!;
    assert.equal(listed.length, 1);
    assert.equal(listed[0].AliasArn, 'arn:aws:kms:us-east-1:000000000000:alias/app');
    assert.equal(listed[0].TargetKeyId, a.KeyId);
    await kms.send(new UpdateAliasCommand({ AliasName: 'alias/app', TargetKeyId: b.Arn }));
    assert.equal((await kms.send(new DescribeKeyCommand({ KeyId: 'alias/app' }))).KeyMetadata?.KeyId, b.KeyId);
    assert.equal((await kms.send(new ListAliasesCommand({ KeyId: a.KeyId }))).Aliases?.length, 0);
    await kms.send(new DeleteAliasCommand({ AliasName: 'alias/app' }));
    await assert.rejects(kms.send(new DescribeKeyCommand({ KeyId: 'alias/app' })), { name: 'NotFoundException' });
    await assert.rejects(kms.send(new DeleteAliasCommand({ AliasName: 'alias/app' })), { name: 'NotFoundException' });
  });

  test('names must start with alias/, alias/aws/ is reserved, targets are keys not aliases', async () => {
    const a = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    await assert.rejects(kms.send(new CreateAliasCommand({ AliasName: 'app', TargetKeyId: a.KeyId })), {
      name: 'ValidationException',
      message: 'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    });
    await assert.rejects(kms.send(new CreateAliasCommand({ AliasName: 'alias/aws/mine', TargetKeyId: a.KeyId })), { name: 'NotAuthorizedException' });
    await assert.rejects(kms.send(new CreateAliasCommand({ AliasName: 'alias/bad name', TargetKeyId: a.KeyId })), { name: 'ValidationException' });
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/one', TargetKeyId: a.KeyId }));
    await assert.rejects(kms.send(new CreateAliasCommand({ AliasName: 'alias/two', TargetKeyId: 'alias/one' })), { name: 'NotFoundException' });
  });

  test('UpdateAlias needs a key of the same type', async () => {
    const sym = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const rsa = (await kms.send(new CreateKeyCommand({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    await kms.send(new CreateAliasCommand({ AliasName: 'alias/sym', TargetKeyId: sym.KeyId }));
    await assert.rejects(kms.send(new UpdateAliasCommand({ AliasName: 'alias/sym', TargetKeyId: rsa.KeyId })), { name: 'ValidationException' });
  });
});
