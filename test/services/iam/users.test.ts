import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateAccessKeyCommand, CreateUserCommand, DeleteAccessKeyCommand, DeleteUserCommand, GetUserCommand, IAMClient, ListUsersCommand,
  PutUserPolicyCommand, UpdateUserCommand, paginateListUsers,
} from '@aws-sdk/client-iam';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { awsCliV1 } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { doc, rejectsWith } from './helpers.js';

describe('IAM users', () => {
  let kumo: EmbeddedKumo;
  let iam: IAMClient;
  before(async () => {
    kumo = await startTestKumo(['iam', 'sts']);
    iam = new IAMClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('create, get, and the duplicate name (case-insensitive)', async () => {
    const created = await iam.send(new CreateUserCommand({ UserName: 'Dora', Path: '/team/', Tags: [{ Key: 'k', Value: 'v' }] }));
    assert.equal(created.User?.Arn, 'arn:aws:iam::000000000000:user/team/Dora');
    assert.match(created.User?.UserId ?? '', /^AIDA[A-Z2-7]{17}$/);
    const got = await iam.send(new GetUserCommand({ UserName: 'Dora' }));
    assert.deepEqual(got.User?.Tags, [{ Key: 'k', Value: 'v' }]);
    await rejectsWith(iam.send(new CreateUserCommand({ UserName: 'dora' })), 'EntityAlreadyExistsException', 409, 'User with name dora already exists.');
    await rejectsWith(iam.send(new GetUserCommand({ UserName: 'nobody' })), 'NoSuchEntityException', 404, 'The user with name nobody cannot be found.');
    await rejectsWith(iam.send(new CreateUserCommand({ UserName: 'bad name' })), 'ValidationError', 400, /failed to satisfy constraint: Member must satisfy regular expression pattern/);
  });

  test('GetUser without a name is the caller: root, or the user of an issued key', async () => {
    const root = await iam.send(new GetUserCommand({}));
    assert.equal(root.User?.Arn, 'arn:aws:iam::000000000000:root');
    await iam.send(new CreateUserCommand({ UserName: 'self' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'self' }))).AccessKey!;
    const asSelf = new IAMClient({ ...kumo.clientConfig, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
    assert.equal((await asSelf.send(new GetUserCommand({}))).User?.UserName, 'self');
  });

  test('rename keeps access keys working, delete refuses while keys and policies remain', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'old' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'old' }))).AccessKey!;
    await iam.send(new UpdateUserCommand({ UserName: 'old', NewUserName: 'new', NewPath: '/moved/' }));
    const asUser = new IAMClient({ ...kumo.clientConfig, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
    assert.equal((await asUser.send(new GetUserCommand({}))).User?.Arn, 'arn:aws:iam::000000000000:user/moved/new');
    await rejectsWith(iam.send(new DeleteUserCommand({ UserName: 'new' })), 'DeleteConflictException', 409, 'Cannot delete entity, must delete access keys first.');
    await iam.send(new DeleteAccessKeyCommand({ UserName: 'new', AccessKeyId: key.AccessKeyId }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'new', PolicyName: 'p', PolicyDocument: doc([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]) }));
    await rejectsWith(iam.send(new DeleteUserCommand({ UserName: 'new' })), 'DeleteConflictException', 409, 'Cannot delete entity, must delete policies first.');
  });

  test('ListUsers pages with Marker and filters by path', async () => {
    for (let i = 0; i < 5; i++) await iam.send(new CreateUserCommand({ UserName: `page-${i}`, Path: '/paged/' }));
    const first = await iam.send(new ListUsersCommand({ PathPrefix: '/paged/', MaxItems: 2 }));
    assert.deepEqual([first.Users?.map((u) => u.UserName), first.IsTruncated], [['page-0', 'page-1'], true]);
    const names: string[] = [];
    for await (const page of paginateListUsers({ client: iam, pageSize: 2 }, { PathPrefix: '/paged/' })) names.push(...(page.Users ?? []).map((u) => u.UserName!));
    assert.deepEqual(names, ['page-0', 'page-1', 'page-2', 'page-3', 'page-4']);
  });

  test('the AWS CLI v1 lists the same users', async () => {
    const result = await awsCliV1(kumo.url, ['iam', 'list-users', '--path-prefix', '/paged/']);
    assert.equal(result.status, 0, result.stderr);
    assert.equal((JSON.parse(result.stdout) as { Users: unknown[] }).Users.length, 5);
  });
});
