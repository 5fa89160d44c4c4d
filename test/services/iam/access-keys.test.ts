import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateAccessKeyCommand, CreateUserCommand, DeleteAccessKeyCommand, GetAccessKeyLastUsedCommand, IAMClient, ListAccessKeysCommand, UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { GetAccessKeyInfoCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejectsWith } from './helpers.js';

describe('IAM access keys', () => {
  let kumo: EmbeddedKumo;
  let iam: IAMClient;
  before(async () => {
    kumo = await startTestKumo(['iam', 'sts']);
    iam = new IAMClient({ ...kumo.clientConfig, credentials: { accessKeyId: '111122223333', secretAccessKey: 'x' } });
    await iam.send(new CreateUserCommand({ UserName: 'ci' }));
  });
  after(() => kumo.stop());

  test('a created key is a credential of its user in its account', async () => {
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'ci' }))).AccessKey!;
    assert.match(key.AccessKeyId!, /^AKIA[A-Z2-7]{16}$/);
    assert.equal(key.SecretAccessKey?.length, 40);
    assert.equal(key.Status, 'Active');
    const sts = new STSClient({ ...kumo.clientConfig, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
    const me = await sts.send(new GetCallerIdentityCommand({}));
    assert.deepEqual([me.Account, me.Arn], ['111122223333', 'arn:aws:iam::111122223333:user/ci']);
    // The account is also encoded in the key id's bits, as AWS does.
    const info = await new STSClient(kumo.clientConfig).send(new GetAccessKeyInfoCommand({ AccessKeyId: key.AccessKeyId }));
    assert.equal(info.Account, '111122223333');
    const used = await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId }));
    assert.equal(used.UserName, 'ci');
  });

  test('two keys per user, status changes, delete', async () => {
    const second = (await iam.send(new CreateAccessKeyCommand({ UserName: 'ci' }))).AccessKey!;
    await rejectsWith(iam.send(new CreateAccessKeyCommand({ UserName: 'ci' })), 'LimitExceededException', 409, 'Cannot exceed quota for AccessKeysPerUser: 2');
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'ci', AccessKeyId: second.AccessKeyId, Status: 'Inactive' }));
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: 'ci' }));
    assert.equal(listed.AccessKeyMetadata?.find((k) => k.AccessKeyId === second.AccessKeyId)?.Status, 'Inactive');
    await iam.send(new DeleteAccessKeyCommand({ UserName: 'ci', AccessKeyId: second.AccessKeyId }));
    await rejectsWith(iam.send(new DeleteAccessKeyCommand({ UserName: 'ci', AccessKeyId: second.AccessKeyId })), 'NoSuchEntityException', 404, `The Access Key with id ${second.AccessKeyId} cannot be found.`);
    // A deleted key no longer resolves to the user.
    const sts = new STSClient({ ...kumo.clientConfig, credentials: { accessKeyId: second.AccessKeyId!, secretAccessKey: second.SecretAccessKey! } });
    assert.equal((await sts.send(new GetCallerIdentityCommand({}))).Arn, 'arn:aws:iam::000000000000:root');
  });
});
