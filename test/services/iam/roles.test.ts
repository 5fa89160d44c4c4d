import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AddRoleToInstanceProfileCommand, CreateInstanceProfileCommand, CreateRoleCommand, CreateServiceLinkedRoleCommand, DeleteRoleCommand,
  DeleteServiceLinkedRoleCommand, GetInstanceProfileCommand, GetRoleCommand, GetServiceLinkedRoleDeletionStatusCommand, IAMClient,
  ListInstanceProfilesForRoleCommand, ListRolesCommand, PutRolePolicyCommand, RemoveRoleFromInstanceProfileCommand, UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
} from '@aws-sdk/client-iam';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { doc, rejectsWith } from './helpers.js';

describe('IAM roles and instance profiles', () => {
  let kumo: EmbeddedKumo;
  let iam: IAMClient;
  const trust = doc([{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
  before(async () => {
    kumo = await startTestKumo(['iam']);
    iam = new IAMClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('create, get with its trust policy, update, and MaxSessionDuration limits', async () => {
    const role = await iam.send(new CreateRoleCommand({ RoleName: 'web', Path: '/svc/', AssumeRolePolicyDocument: trust, Description: 'web tier', MaxSessionDuration: 7200 }));
    assert.equal(role.Role?.Arn, 'arn:aws:iam::000000000000:role/svc/web');
    assert.match(role.Role?.RoleId ?? '', /^AROA/);
    const got = await iam.send(new GetRoleCommand({ RoleName: 'web' }));
    assert.equal(decodeURIComponent(got.Role!.AssumeRolePolicyDocument!), trust);
    assert.equal(got.Role?.MaxSessionDuration, 7200);
    await iam.send(new UpdateRoleCommand({ RoleName: 'web', MaxSessionDuration: 43200, Description: 'changed' }));
    assert.deepEqual((await iam.send(new ListRolesCommand({ PathPrefix: '/svc/' }))).Roles?.map((r) => [r.RoleName, r.MaxSessionDuration, r.Description]), [['web', 43200, 'changed']]);
    await rejectsWith(iam.send(new UpdateRoleCommand({ RoleName: 'web', MaxSessionDuration: 100 })), 'ValidationError', 400,
      "1 validation error detected: Value '100' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600");
  });

  test('trust policies must name a principal', async () => {
    const noPrincipal = doc([{ Effect: 'Allow', Action: 'sts:AssumeRole' }]);
    await rejectsWith(iam.send(new CreateRoleCommand({ RoleName: 'x', AssumeRolePolicyDocument: noPrincipal })), 'MalformedPolicyDocumentException', 400, 'Missing required field Principal');
    await rejectsWith(iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: 'web', PolicyDocument: noPrincipal })), 'MalformedPolicyDocumentException', 400);
  });

  test('instance profiles hold one role; a role in a profile cannot be deleted', async () => {
    await iam.send(new CreateRoleCommand({ RoleName: 'app', AssumeRolePolicyDocument: trust }));
    await iam.send(new CreateRoleCommand({ RoleName: 'other', AssumeRolePolicyDocument: trust }));
    const profile = await iam.send(new CreateInstanceProfileCommand({ InstanceProfileName: 'app-profile' }));
    assert.equal(profile.InstanceProfile?.Arn, 'arn:aws:iam::000000000000:instance-profile/app-profile');
    await iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'app-profile', RoleName: 'app' }));
    await rejectsWith(iam.send(new AddRoleToInstanceProfileCommand({ InstanceProfileName: 'app-profile', RoleName: 'other' })), 'LimitExceededException', 409, 'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1');
    assert.deepEqual((await iam.send(new GetInstanceProfileCommand({ InstanceProfileName: 'app-profile' }))).InstanceProfile?.Roles?.map((r) => r.RoleName), ['app']);
    assert.deepEqual((await iam.send(new ListInstanceProfilesForRoleCommand({ RoleName: 'app' }))).InstanceProfiles?.map((p) => p.InstanceProfileName), ['app-profile']);
    await rejectsWith(iam.send(new DeleteRoleCommand({ RoleName: 'app' })), 'DeleteConflictException', 409, 'Cannot delete entity, must remove roles from instance profile first.');
    await iam.send(new RemoveRoleFromInstanceProfileCommand({ InstanceProfileName: 'app-profile', RoleName: 'app' }));
    await iam.send(new PutRolePolicyCommand({ RoleName: 'app', PolicyName: 'p', PolicyDocument: doc([{ Effect: 'Allow', Action: 's3:*', Resource: '*' }]) }));
    await rejectsWith(iam.send(new DeleteRoleCommand({ RoleName: 'app' })), 'DeleteConflictException', 409, 'Cannot delete entity, must delete policies first.');
  });

  test('service-linked roles: AWS path and name, protected, deleted through a task', async () => {
    const linked = await iam.send(new CreateServiceLinkedRoleCommand({ AWSServiceName: 'ecs.amazonaws.com' }));
    assert.equal(linked.Role?.Arn, 'arn:aws:iam::000000000000:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS');
    await rejectsWith(iam.send(new DeleteRoleCommand({ RoleName: 'AWSServiceRoleForECS' })), 'UnmodifiableEntityException', 400, /protected role/);
    const task = await iam.send(new DeleteServiceLinkedRoleCommand({ RoleName: 'AWSServiceRoleForECS' }));
    assert.equal((await iam.send(new GetServiceLinkedRoleDeletionStatusCommand({ DeletionTaskId: task.DeletionTaskId }))).Status, 'SUCCEEDED');
    await rejectsWith(iam.send(new GetRoleCommand({ RoleName: 'AWSServiceRoleForECS' })), 'NoSuchEntityException', 404, 'The role with name AWSServiceRoleForECS cannot be found.');
  });
});
