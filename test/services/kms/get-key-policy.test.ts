import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateKeyCommand, GetKeyPolicyCommand, ListKeyPoliciesCommand, PutKeyPolicyCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startKms } from './kms-fixture.js';

describe('KMS GetKeyPolicy, PutKeyPolicy, ListKeyPolicies', () => {
  let kumo: EmbeddedKumo;
  let kms: KMSClient;
  before(async () => ({ kumo, kms } = await startKms()));
  after(() => kumo.stop());

  test('the default policy gives the account root kms:*; Put replaces it', async () => {
    const key = (await kms.send(new CreateKeyCommand({}))).KeyMetadata!;
    const got = await kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId }));
    assert.equal(got.PolicyName, 'default');
    const policy = JSON.parse(got.Policy!);
    assert.equal(policy.Id, 'key-default-1');
    assert.deepEqual(policy.Statement[0].Principal, { AWS: 'arn:aws:iam::000000000000:root' });
    assert.equal(policy.Statement[0].Action, 'kms:*');
    const mine = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' }] });
    await kms.send(new PutKeyPolicyCommand({ KeyId: key.Arn, PolicyName: 'default', Policy: mine }));
    assert.equal((await kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'default' }))).Policy, mine);
    assert.deepEqual((await kms.send(new ListKeyPoliciesCommand({ KeyId: key.KeyId }))).PolicyNames, ['default']);
    await assert.rejects(kms.send(new PutKeyPolicyCommand({ KeyId: key.KeyId, Policy: '[' })), { name: 'MalformedPolicyDocumentException' });
    await assert.rejects(kms.send(new GetKeyPolicyCommand({ KeyId: key.KeyId, PolicyName: 'other' })), { name: 'NotFoundException' });
  });
});
