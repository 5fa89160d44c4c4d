import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateSecretCommand, DeleteSecretCommand, DescribeSecretCommand, GetSecretValueCommand, ListSecretsCommand, PutSecretValueCommand,
  RemoveRegionsFromReplicationCommand, ReplicateSecretToRegionsCommand, SecretsManagerClient, StopReplicationToReplicaCommand,
} from '@aws-sdk/client-secrets-manager';
import { CreateKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager replication', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  let west: SecretsManagerClient;
  let euw: SecretsManagerClient;
  before(async () => {
    ({ kumo, sm } = await startSecrets());
    west = new SecretsManagerClient({ ...kumo.clientConfig, region: 'us-west-2' });
    euw = new SecretsManagerClient({ ...kumo.clientConfig, region: 'eu-west-1' });
  });
  after(() => kumo.stop());

  test('replicas read the primary in their region, follow its changes, refuse writes', async () => {
    const created = await sm.send(new CreateSecretCommand({ Name: 'shared', SecretString: 'v1', Description: 'd' }));
    const westKey = (await new KMSClient({ ...kumo.clientConfig, region: 'us-west-2' }).send(new CreateKeyCommand({}))).KeyMetadata!.KeyId!;
    const out = await sm.send(new ReplicateSecretToRegionsCommand({ SecretId: 'shared', AddReplicaRegions: [{ Region: 'us-west-2', KmsKeyId: westKey }, { Region: 'eu-west-1' }] }));
    assert.equal(out.ARN, created.ARN);
    assert.deepEqual(out.ReplicationStatus, [{ Region: 'us-west-2', KmsKeyId: westKey, Status: 'InSync' }, { Region: 'eu-west-1', Status: 'InSync' }]);

    const replicaArn = created.ARN!.replace(':us-east-1:', ':us-west-2:');
    const read = await west.send(new GetSecretValueCommand({ SecretId: 'shared' }));
    assert.equal(read.SecretString, 'v1');
    assert.equal(read.ARN, replicaArn);
    const described = await west.send(new DescribeSecretCommand({ SecretId: replicaArn }));
    assert.equal(described.PrimaryRegion, 'us-east-1');
    assert.equal(described.KmsKeyId, westKey);
    assert.equal(described.Description, 'd');
    const primary = await sm.send(new DescribeSecretCommand({ SecretId: 'shared' }));
    assert.equal(primary.PrimaryRegion, 'us-east-1');
    assert.equal(primary.ReplicationStatus?.length, 2);
    assert.deepEqual((await west.send(new ListSecretsCommand({ Filters: [{ Key: 'primary-region', Values: ['us-east-1'] }] }))).SecretList?.map((s) => s.ARN), [replicaArn]);

    await sm.send(new PutSecretValueCommand({ SecretId: 'shared', SecretString: 'v2' }));
    assert.equal((await euw.send(new GetSecretValueCommand({ SecretId: 'shared' }))).SecretString, 'v2');
    await assert.rejects(west.send(new PutSecretValueCommand({ SecretId: 'shared', SecretString: 'no' })), {
      name: 'InvalidParameterException', message: "Operation not permitted on a replica secret. Call must be made in primary secret's region.",
    });
    await assert.rejects(sm.send(new DeleteSecretCommand({ SecretId: 'shared' })), {
      name: 'InvalidParameterException', message: `You can't delete secret ${created.ARN} that still has replica regions [us-west-2, eu-west-1].`,
    });

    // Promoted: a standalone copy that no longer follows the primary.
    assert.equal((await west.send(new StopReplicationToReplicaCommand({ SecretId: 'shared' }))).ARN, replicaArn);
    await sm.send(new PutSecretValueCommand({ SecretId: 'shared', SecretString: 'v3' }));
    assert.equal((await west.send(new GetSecretValueCommand({ SecretId: 'shared' }))).SecretString, 'v2');
    await west.send(new PutSecretValueCommand({ SecretId: 'shared', SecretString: 'west' }));
    assert.equal((await west.send(new DescribeSecretCommand({ SecretId: 'shared' }))).PrimaryRegion, undefined);
    assert.deepEqual((await sm.send(new DescribeSecretCommand({ SecretId: 'shared' }))).ReplicationStatus?.map((r) => r.Region), ['eu-west-1']);

    const removed = await sm.send(new RemoveRegionsFromReplicationCommand({ SecretId: 'shared', RemoveReplicaRegions: ['eu-west-1'] }));
    assert.deepEqual(removed.ReplicationStatus, []);
    await assert.rejects(euw.send(new GetSecretValueCommand({ SecretId: 'shared' })), { name: 'ResourceNotFoundException' });
    await sm.send(new DeleteSecretCommand({ SecretId: 'shared', ForceDeleteWithoutRecovery: true }));
  });

  test('CreateSecret with AddReplicaRegions; a name taken in the region fails that replica', async () => {
    await euw.send(new CreateSecretCommand({ Name: 'taken', SecretString: 'mine' }));
    const out = await sm.send(new CreateSecretCommand({ Name: 'taken', SecretString: 'x', AddReplicaRegions: [{ Region: 'eu-west-1' }, { Region: 'us-west-2' }] }));
    assert.equal(out.ReplicationStatus?.[0]?.Status, 'Failed');
    assert.match(out.ReplicationStatus?.[0]?.StatusMessage ?? '', /already exists/);
    assert.equal(out.ReplicationStatus?.[1]?.Status, 'InSync');
    assert.equal((await euw.send(new GetSecretValueCommand({ SecretId: 'taken' }))).SecretString, 'mine');
    assert.equal((await west.send(new GetSecretValueCommand({ SecretId: 'taken' }))).SecretString, 'x');
    const forced = await sm.send(new ReplicateSecretToRegionsCommand({ SecretId: 'taken', AddReplicaRegions: [{ Region: 'eu-west-1' }], ForceOverwriteReplicaSecret: true }));
    assert.deepEqual(forced.ReplicationStatus?.map((r) => r.Status), ['InSync', 'InSync']);
    assert.equal((await euw.send(new GetSecretValueCommand({ SecretId: 'taken' }))).SecretString, 'x');
  });
});
