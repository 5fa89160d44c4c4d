import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, DecryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { awsCliV1, boto3 } from '../../support/cli-clients.js';
import { startKms } from './kms-fixture.js';

describe('KMS from boto3 and the AWS CLI', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('boto3 encrypts with context and signs; the SDK decrypts; errors carry the code', async () => {
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const result = await boto3(kumo.url, `
import base64
kms = boto3.client('kms', endpoint_url=ENDPOINT)
enc = kms.encrypt(KeyId='${key.KeyId}', Plaintext=b'from python', EncryptionContext={'k': 'v'})
dec = kms.decrypt(CiphertextBlob=enc['CiphertextBlob'], EncryptionContext={'k': 'v'})
try:
    kms.decrypt(CiphertextBlob=enc['CiphertextBlob'])
    code = None
except kms.exceptions.InvalidCiphertextException as e:
    code = e.response['Error']['Code']
rsa = kms.create_key(KeySpec='ECC_NIST_P256', KeyUsage='SIGN_VERIFY')['KeyMetadata']['KeyId']
sig = kms.sign(KeyId=rsa, Message=b'm', SigningAlgorithm='ECDSA_SHA_256')['Signature']
ok = kms.verify(KeyId=rsa, Message=b'm', Signature=sig, SigningAlgorithm='ECDSA_SHA_256')['SignatureValid']
print(json.dumps({'blob': base64.b64encode(enc['CiphertextBlob']).decode(), 'plain': dec['Plaintext'].decode(), 'code': code, 'ok': ok}))
`);
    assert.equal(result.status, 0, result.stderr);
    const out = JSON.parse(result.stdout);
    assert.equal(out.plain, 'from python');
    assert.equal(out.code, 'InvalidCiphertextException');
    assert.equal(out.ok, true);
    const dec = await kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from(out.blob, 'base64'), EncryptionContext: { k: 'v' } }));
    assert.equal(Buffer.from(dec.Plaintext!).toString(), 'from python');
  });

  test('CLI v1: create-key, create-alias, describe-key by alias, generate-data-key', async () => {
    const created = await awsCliV1(kumo.url, ['kms', 'create-key', '--description', 'cli']);
    assert.equal(created.status, 0, created.stderr);
    const keyId = JSON.parse(created.stdout).KeyMetadata.KeyId;
    assert.equal((await awsCliV1(kumo.url, ['kms', 'create-alias', '--alias-name', 'alias/cli', '--target-key-id', keyId])).status, 0);
    const described = await awsCliV1(kumo.url, ['kms', 'describe-key', '--key-id', 'alias/cli']);
    assert.equal(JSON.parse(described.stdout).KeyMetadata.Description, 'cli');
    const dataKey = await awsCliV1(kumo.url, ['kms', 'generate-data-key', '--key-id', 'alias/cli', '--key-spec', 'AES_256']);
    assert.equal(Buffer.from(JSON.parse(dataKey.stdout).Plaintext, 'base64').length, 32);
    const missing = await awsCliV1(kumo.url, ['kms', 'describe-key', '--key-id', 'alias/none']);
    assert.notEqual(missing.status, 0);
    assert.match(missing.stderr, /NotFoundException.*Alias arn:aws:kms:us-east-1:000000000000:alias\/none is not found\./);
  });
});
