import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, DecryptCommand, DescribeKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { GetParameterCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSsm } from './ssm-fixture.js';

describe('SSM PutParameter', () => {
  let kumo: EmbeddedKumo;
  let ssm: SSMClient;
  let kms: KMSClient;
  before(async () => ({ kumo, ssm, kms } = await startSsm()));
  after(() => kumo.stop());

  test('versions count up with Overwrite; ParameterAlreadyExists without it', async () => {
    assert.deepEqual(await ssm.send(new PutParameterCommand({ Name: '/app/url', Value: 'a', Type: 'String' })).then((r) => [r.Version, r.Tier]), [1, 'Standard']);
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/app/url', Value: 'b', Type: 'String' })), {
      name: 'ParameterAlreadyExists',
      message: 'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
    });
    assert.equal((await ssm.send(new PutParameterCommand({ Name: '/app/url', Value: 'b', Overwrite: true }))).Version, 2);
    const got = (await ssm.send(new GetParameterCommand({ Name: '/app/url' }))).Parameter!;
    assert.equal(got.Value, 'b');
    assert.equal(got.Type, 'String');
    assert.equal(got.ARN, 'arn:aws:ssm:us-east-1:000000000000:parameter/app/url');
    assert.equal(got.DataType, 'text');
  });

  test('SecureString: encrypted with aws/ssm by default, ciphertext decrypts with KMS and the PARAMETER_ARN context', async () => {
    await ssm.send(new PutParameterCommand({ Name: '/app/password', Value: 'hunter2', Type: 'SecureString' }));
    const hidden = (await ssm.send(new GetParameterCommand({ Name: '/app/password' }))).Parameter!;
    assert.notEqual(hidden.Value, 'hunter2');
    const shown = (await ssm.send(new GetParameterCommand({ Name: '/app/password', WithDecryption: true }))).Parameter!;
    assert.equal(shown.Value, 'hunter2');
    const direct = await kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from(hidden.Value!, 'base64'), EncryptionContext: { PARAMETER_ARN: hidden.ARN! } }));
    assert.equal(Buffer.from(direct.Plaintext!).toString(), 'hunter2');
    assert.equal((await kms.send(new DescribeKeyCommand({ KeyId: 'alias/aws/ssm' }))).KeyMetadata?.KeyManager, 'AWS');
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    await ssm.send(new PutParameterCommand({ Name: '/app/own', Value: 'mine', Type: 'SecureString', KeyId: key.KeyId }));
    assert.equal((await ssm.send(new GetParameterCommand({ Name: '/app/own', WithDecryption: true }))).Parameter?.Value, 'mine');
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/app/bad', Value: 'x', Type: 'SecureString', KeyId: 'alias/none' })), { name: 'InvalidKeyId' });
  });

  test('size limits by tier, allowed patterns, names, data types, tags with overwrite', async () => {
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/big', Value: 'x'.repeat(4097), Type: 'String' })), { name: 'ValidationException' });
    assert.equal((await ssm.send(new PutParameterCommand({ Name: '/big', Value: 'x'.repeat(8000), Type: 'String', Tier: 'Advanced' }))).Tier, 'Advanced');
    assert.equal((await ssm.send(new PutParameterCommand({ Name: '/big-secure', Value: 's'.repeat(6000), Type: 'SecureString', Tier: 'Intelligent-Tiering' }))).Tier, 'Advanced');
    assert.equal((await ssm.send(new GetParameterCommand({ Name: '/big-secure', WithDecryption: true }))).Parameter?.Value?.length, 6000);
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/big', Value: 'y', Tier: 'Standard', Overwrite: true })), { name: 'ValidationException' });
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/num', Value: 'abc', Type: 'String', AllowedPattern: '^\\d+$' })), {
      name: 'ParameterPatternMismatchException',
      message: 'Parameter value, cannot be validated against allowedPattern: ^\\d+$',
    });
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/aws/x', Value: 'a', Type: 'String' })), { name: 'ValidationException' });
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: 'a/b', Value: 'a', Type: 'String' })), { name: 'ValidationException' });
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/ami', Value: 'nope', Type: 'String', DataType: 'aws:ec2:image' })), { name: 'InvalidParameterValue' });
    await ssm.send(new PutParameterCommand({ Name: '/ami', Value: 'ami-0123456789abcdef0', Type: 'String', DataType: 'aws:ec2:image' }));
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/ami', Value: 'x', Overwrite: true, Tags: [{ Key: 'a', Value: 'b' }] })), { name: 'ValidationException' });
    await assert.rejects(ssm.send(new PutParameterCommand({ Name: '/new-no-type', Value: 'x' })), { name: 'ValidationException' });
  });
});
