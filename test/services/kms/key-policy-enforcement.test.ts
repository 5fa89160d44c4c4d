import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { CreateKeyCommand, DecryptCommand, EncryptCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { startKumo, type EmbeddedKumo } from '../../../src/index.js';

type Credentials = { accessKeyId: string; secretAccessKey: string };
const doc = (Statement: unknown) => JSON.stringify({ Version: '2012-10-17', Statement });

/** KUMO_ENFORCE_IAM=1: the key policy decides who may use a key. */
describe('KMS key policies under enforcement', () => {
  let kumo: EmbeddedKumo;
  const config = (credentials: Credentials) => ({ endpoint: kumo.url, region: 'us-east-1', credentials });
  const root = { accessKeyId: 'test', secretAccessKey: 'test' };
  const other = { accessKeyId: '222222222222', secretAccessKey: 'x' };
  let bob: Credentials;
  let bobArn: string;

  before(async () => {
    kumo = await startKumo({ port: 0, services: ['iam', 'sts', 'kms'], logLevel: 'silent', enforceIam: true, enforceSigV4: true });
    const iam = new IAMClient(config(root));
    bobArn = (await iam.send(new CreateUserCommand({ UserName: 'bob' }))).User!.Arn!;
    await iam.send(new PutUserPolicyCommand({ UserName: 'bob', PolicyName: 'kms', PolicyDocument: doc([{ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:Decrypt'], Resource: '*' }]) }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'bob' }))).AccessKey!;
    bob = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
  });
  after(() => kumo.stop());

  test('the default policy delegates to IAM: a user allowed by IAM encrypts and decrypts', async () => {
    const keyId = (await new KMSClient(config(root)).send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const kms = new KMSClient(config(bob));
    const { CiphertextBlob } = await kms.send(new EncryptCommand({ KeyId: keyId, Plaintext: Buffer.from('hi') }));
    assert.equal(Buffer.from((await kms.send(new DecryptCommand({ CiphertextBlob }))).Plaintext!).toString(), 'hi');
  });

  test('a key policy that does not delegate shuts IAM out, even for a user IAM allows', async () => {
    const admin = new KMSClient(config(root));
    const meta = (await admin.send(new CreateKeyCommand({}))).KeyMetadata!;
    const { CiphertextBlob } = await admin.send(new EncryptCommand({ KeyId: meta.KeyId, Plaintext: Buffer.from('x') }));
    await admin.send(new PutKeyPolicyCommand({ KeyId: meta.KeyId, PolicyName: 'default', BypassPolicyLockoutSafetyCheck: true, Policy: doc([
      { Sid: 'admin', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: ['kms:PutKeyPolicy', 'kms:GetKeyPolicy'], Resource: '*' },
      { Sid: 'bob decrypts', Effect: 'Allow', Principal: { AWS: bobArn }, Action: 'kms:Decrypt', Resource: '*' },
    ]) }));
    const kms = new KMSClient(config(bob));
    await assert.rejects(kms.send(new EncryptCommand({ KeyId: meta.KeyId, Plaintext: Buffer.from('x') })), (error: Error) => {
      assert.equal(error.name, 'AccessDeniedException');
      assert.equal(error.message, `User: ${bobArn} is not authorized to perform: kms:Encrypt on resource: ${meta.Arn} because no resource-based policy allows the kms:Encrypt action`);
      return true;
    });
    // Decrypt without a KeyId: the key comes from the blob, and the key policy names bob.
    assert.equal(Buffer.from((await kms.send(new DecryptCommand({ CiphertextBlob }))).Plaintext!).toString(), 'x');
  });

  test('a key policy granting another account lets that account encrypt with the key ARN', async () => {
    const admin = new KMSClient(config(root));
    const meta = (await admin.send(new CreateKeyCommand({}))).KeyMetadata!;
    // A user of account 222222222222 whose own policies allow kms:Encrypt anywhere.
    const otherIam = new IAMClient(config(other));
    await otherIam.send(new CreateUserCommand({ UserName: 'carol' }));
    await otherIam.send(new PutUserPolicyCommand({ UserName: 'carol', PolicyName: 'kms', PolicyDocument: doc([{ Effect: 'Allow', Action: 'kms:Encrypt', Resource: '*' }]) }));
    const carol = (await otherIam.send(new CreateAccessKeyCommand({ UserName: 'carol' }))).AccessKey!;
    const outsider = new KMSClient(config({ accessKeyId: carol.AccessKeyId!, secretAccessKey: carol.SecretAccessKey! }));
    await assert.rejects(outsider.send(new EncryptCommand({ KeyId: meta.Arn, Plaintext: Buffer.from('x') })), { name: 'AccessDeniedException' });
    await admin.send(new PutKeyPolicyCommand({ KeyId: meta.KeyId, PolicyName: 'default', Policy: doc([
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::000000000000:root' }, Action: 'kms:*', Resource: '*' },
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::222222222222:root' }, Action: ['kms:Encrypt'], Resource: '*' },
    ]) }));
    const out = await outsider.send(new EncryptCommand({ KeyId: meta.Arn, Plaintext: Buffer.from('x') }));
    assert.equal(out.KeyId, meta.Arn);
  });
});
