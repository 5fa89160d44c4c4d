import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddUserToGroupCommand, AttachGroupPolicyCommand, CreateGroupCommand, CreatePolicyCommand, CreateUserCommand, DeleteGroupCommand,
  DeleteUserPolicyCommand, DetachGroupPolicyCommand, GetGroupCommand, GetUserPolicyCommand, IAMClient, ListAttachedGroupPoliciesCommand,
  ListGroupsForUserCommand, ListUserPoliciesCommand, PutUserPolicyCommand, RemoveUserFromGroupCommand, UpdateGroupCommand,
} from '@aws-sdk/client-iam';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { doc, rejectsWith } from './helpers.js';

describe('IAM groups, inline policies and attachments', () => {
  let kumo: EmbeddedKumo;
  let iam: IAMClient;
  before(async () => {
    kumo = await startTestKumo(['iam']);
    iam = new IAMClient(kumo.clientConfig);
    await iam.send(new CreateUserCommand({ UserName: 'ann' }));
  });
  after(() => kumo.stop());

  test('membership, rename and delete conflicts', async () => {
    await iam.send(new CreateGroupCommand({ GroupName: 'devs' }));
    await iam.send(new AddUserToGroupCommand({ GroupName: 'devs', UserName: 'ann' }));
    assert.deepEqual((await iam.send(new GetGroupCommand({ GroupName: 'devs' }))).Users?.map((u) => u.UserName), ['ann']);
    await iam.send(new UpdateGroupCommand({ GroupName: 'devs', NewGroupName: 'engineers' }));
    assert.deepEqual((await iam.send(new ListGroupsForUserCommand({ UserName: 'ann' }))).Groups?.map((g) => g.Arn), ['arn:aws:iam::000000000000:group/engineers']);
    await rejectsWith(iam.send(new DeleteGroupCommand({ GroupName: 'engineers' })), 'DeleteConflictException', 409, 'Cannot delete entity, must remove users from group first.');
    await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'engineers', UserName: 'ann' }));
    const arn = (await iam.send(new CreatePolicyCommand({ PolicyName: 'g', PolicyDocument: doc([{ Effect: 'Allow', Action: 'sqs:*', Resource: '*' }]) }))).Policy!.Arn!;
    await iam.send(new AttachGroupPolicyCommand({ GroupName: 'engineers', PolicyArn: arn }));
    assert.deepEqual((await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'engineers' }))).AttachedPolicies, [{ PolicyName: 'g', PolicyArn: arn }]);
    await rejectsWith(iam.send(new DeleteGroupCommand({ GroupName: 'engineers' })), 'DeleteConflictException', 409, 'Cannot delete entity, must detach all policies first.');
    await iam.send(new DetachGroupPolicyCommand({ GroupName: 'engineers', PolicyArn: arn }));
    await rejectsWith(iam.send(new DetachGroupPolicyCommand({ GroupName: 'engineers', PolicyArn: arn })), 'NoSuchEntityException', 404, `Policy ${arn} was not found.`);
    await iam.send(new DeleteGroupCommand({ GroupName: 'engineers' }));
  });

  test('inline policies: put replaces, get decodes, delete, and size quota', async () => {
    const first = doc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
    const second = doc([{ Effect: 'Allow', Action: 's3:PutObject', Resource: '*' }]);
    await iam.send(new PutUserPolicyCommand({ UserName: 'ann', PolicyName: 'p1', PolicyDocument: first }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'ann', PolicyName: 'p1', PolicyDocument: second }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'ann', PolicyName: 'p0', PolicyDocument: first }));
    const got = await iam.send(new GetUserPolicyCommand({ UserName: 'ann', PolicyName: 'p1' }));
    assert.deepEqual([got.UserName, decodeURIComponent(got.PolicyDocument!)], ['ann', second]);
    assert.deepEqual((await iam.send(new ListUserPoliciesCommand({ UserName: 'ann' }))).PolicyNames, ['p0', 'p1']);
    await iam.send(new DeleteUserPolicyCommand({ UserName: 'ann', PolicyName: 'p1' }));
    await rejectsWith(iam.send(new GetUserPolicyCommand({ UserName: 'ann', PolicyName: 'p1' })), 'NoSuchEntityException', 404, 'The user policy with name p1 cannot be found.');
    const huge = doc([{ Effect: 'Allow', Action: Array.from({ length: 200 }, (_, i) => `s3:Action${i}`), Resource: '*' }]);
    await rejectsWith(iam.send(new PutUserPolicyCommand({ UserName: 'ann', PolicyName: 'big', PolicyDocument: huge })), 'LimitExceededException', 409, 'Cannot exceed quota for UserPolicySize: 2048');
  });
});
