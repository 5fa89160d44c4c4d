import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AttachRolePolicyCommand, AttachUserPolicyCommand, CreatePolicyCommand, CreatePolicyVersionCommand, CreateRoleCommand, CreateUserCommand,
  DeletePolicyCommand, DeletePolicyVersionCommand, GetPolicyCommand, GetPolicyVersionCommand, IAMClient, ListEntitiesForPolicyCommand,
  ListPoliciesCommand, ListPolicyVersionsCommand, SetDefaultPolicyVersionCommand,
} from '@aws-sdk/client-iam';
import { startTestKumo } from '../../support/start-test-kumo.js';
import { boto3 } from '../../support/cli-clients.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { doc, rejectsWith } from './helpers.js';

describe('IAM managed policies and versions', () => {
  let kumo: EmbeddedKumo;
  let iam: IAMClient;
  const s3Read = doc([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }]);
  before(async () => {
    kumo = await startTestKumo(['iam']);
    iam = new IAMClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('create and read back; the document comes back URL-encoded', async () => {
    const created = await iam.send(new CreatePolicyCommand({ PolicyName: 'read', Path: '/app/', PolicyDocument: s3Read, Description: 'reads' }));
    assert.equal(created.Policy?.Arn, 'arn:aws:iam::000000000000:policy/app/read');
    assert.equal(created.Policy?.DefaultVersionId, 'v1');
    const got = await iam.send(new GetPolicyCommand({ PolicyArn: created.Policy!.Arn }));
    assert.equal(got.Policy?.Description, 'reads');
    const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: created.Policy!.Arn, VersionId: 'v1' }));
    assert.equal(decodeURIComponent(version.PolicyVersion!.Document!), s3Read);
    await rejectsWith(iam.send(new CreatePolicyCommand({ PolicyName: 'read', PolicyDocument: s3Read })), 'EntityAlreadyExistsException', 409, 'A policy called read already exists. Duplicate names are not allowed.');
  });

  test("MalformedPolicyDocument with AWS's messages", async () => {
    await rejectsWith(iam.send(new CreatePolicyCommand({ PolicyName: 'bad', PolicyDocument: '{' })), 'MalformedPolicyDocumentException', 400, 'Syntax errors in policy.');
    await rejectsWith(iam.send(new CreatePolicyCommand({ PolicyName: 'bad', PolicyDocument: doc([{ Effect: 'Allow', Action: 's3:*', Resource: 'bucket' }]) })), 'MalformedPolicyDocumentException', 400, 'Resource bucket must be in ARN format or "*".');
    await rejectsWith(iam.send(new CreatePolicyCommand({ PolicyName: 'bad', PolicyDocument: doc([{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }]) })), 'MalformedPolicyDocumentException', 400, 'Policy document should not specify a principal.');
  });

  test('versions: at most five, default switching, deleting the default refused', async () => {
    const arn = (await iam.send(new CreatePolicyCommand({ PolicyName: 'versions', PolicyDocument: s3Read }))).Policy!.Arn!;
    for (let i = 2; i <= 5; i++) {
      const v = await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: s3Read, SetAsDefault: i === 3 }));
      assert.equal(v.PolicyVersion?.VersionId, `v${i}`);
    }
    await rejectsWith(iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: s3Read })), 'LimitExceededException', 409,
      'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.');
    assert.equal((await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.DefaultVersionId, 'v3');
    await rejectsWith(iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v3' })), 'DeleteConflictException', 409, 'Cannot delete the default version of a policy.');
    await iam.send(new SetDefaultPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v5' }));
    await iam.send(new DeletePolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' }));
    const list = await iam.send(new ListPolicyVersionsCommand({ PolicyArn: arn }));
    assert.deepEqual(list.Versions?.map((v) => [v.VersionId, v.IsDefaultVersion]), [['v5', true], ['v4', false], ['v3', false], ['v2', false]]);
    // A deleted version's id is never reused.
    assert.equal((await iam.send(new CreatePolicyVersionCommand({ PolicyArn: arn, PolicyDocument: s3Read }))).PolicyVersion?.VersionId, 'v6');
    await rejectsWith(iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: 'v1' })), 'NoSuchEntityException', 404, `Policy ${arn} version v1 does not exist or is not attachable.`);
    await rejectsWith(iam.send(new DeletePolicyCommand({ PolicyArn: arn })), 'DeleteConflictException', 409, /more than one version/);
  });

  test('attachments: counts, ListEntitiesForPolicy, delete refused while attached, AWS managed policies', async () => {
    const arn = (await iam.send(new CreatePolicyCommand({ PolicyName: 'shared', PolicyDocument: s3Read }))).Policy!.Arn!;
    await iam.send(new CreateUserCommand({ UserName: 'u1' }));
    await iam.send(new CreateRoleCommand({ RoleName: 'r1', AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]) }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'u1', PolicyArn: arn }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'r1', PolicyArn: arn }));
    assert.equal((await iam.send(new GetPolicyCommand({ PolicyArn: arn }))).Policy?.AttachmentCount, 2);
    const entities = await iam.send(new ListEntitiesForPolicyCommand({ PolicyArn: arn }));
    assert.deepEqual([entities.PolicyUsers?.map((u) => u.UserName), entities.PolicyRoles?.map((r) => r.RoleName)], [['u1'], ['r1']]);
    await rejectsWith(iam.send(new DeletePolicyCommand({ PolicyArn: arn })), 'DeleteConflictException', 409, 'Cannot delete a policy attached to entities.');
    await rejectsWith(iam.send(new AttachUserPolicyCommand({ UserName: 'u1', PolicyArn: 'arn:aws:iam::aws:policy/NoSuch' })), 'NoSuchEntityException', 404, 'Policy arn:aws:iam::aws:policy/NoSuch does not exist or is not attachable.');
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'r1', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }));
    const attached = await iam.send(new ListPoliciesCommand({ OnlyAttached: true }));
    assert.deepEqual(attached.Policies?.map((p) => p.PolicyName), ['AWSLambdaBasicExecutionRole', 'shared']);
    const aws = await iam.send(new ListPoliciesCommand({ Scope: 'AWS', MaxItems: 1000 }));
    assert.ok(aws.Policies?.some((p) => p.Arn === 'arn:aws:iam::aws:policy/AdministratorAccess'));
  });

  test('boto3 decodes policy documents as it does against AWS', async () => {
    const script = `c = boto3.client('iam', endpoint_url=ENDPOINT)\nv = c.get_policy_version(PolicyArn='arn:aws:iam::000000000000:policy/app/read', VersionId='v1')\nprint(json.dumps(v['PolicyVersion']['Document']))`;
    const result = await boto3(kumo.url, script);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), JSON.parse(s3Read));
  });
});
