import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AttachUserPolicyCommand, CreateAccessKeyCommand, CreatePolicyCommand, CreateRoleCommand, AttachRolePolicyCommand,
  CreateUserCommand, IAMClient, ListRolesCommand, ListUsersCommand, PutUserPolicyCommand, GetUserCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, DecodeAuthorizationMessageCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { DEFAULT_CONFIG } from '../../../src/server/config.js';
import { startServer, type RunningKumo } from '../../../src/server/start-server.js';

/** Enforcement on: a user allowed by one policy, denied by an explicit deny, allowed through an assumed role. */
describe('IAM and SigV4 enforcement', () => {
  let kumo: RunningKumo;
  let rootConfig: { endpoint: string; region: string; credentials: { accessKeyId: string; secretAccessKey: string } };
  let alice: { accessKeyId: string; secretAccessKey: string };
  let aliceArn: string;

  before(async () => {
    kumo = await startServer({ ...DEFAULT_CONFIG, port: 0, inMemory: true, dataDir: undefined, services: ['iam', 'sts', 'ec2'], logLevel: 'silent', enforceIam: true, enforceSigV4: true });
    rootConfig = { endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } };
    const iam = new IAMClient(rootConfig);
    aliceArn = (await iam.send(new CreateUserCommand({ UserName: 'alice' }))).User!.Arn!;
    await iam.send(new PutUserPolicyCommand({
      UserName: 'alice',
      PolicyName: 'read-users',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:ListUsers', 'iam:GetUser'], Resource: '*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'alice' }))).AccessKey!;
    alice = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
  });
  after(() => kumo.stop());

  const as = (credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }) => ({ ...rootConfig, credentials });

  test('requests signed with an issued key run as its user', async () => {
    const me = await new STSClient(as(alice)).send(new GetCallerIdentityCommand({}));
    assert.equal(me.Arn, aliceArn);
    assert.match(me.UserId ?? '', /^AIDA[A-Z2-7]{17}$/);
  });

  test('an allow in one policy lets the user list users', async () => {
    const users = await new IAMClient(as(alice)).send(new ListUsersCommand({}));
    assert.deepEqual(users.Users?.map((u) => u.UserName), ['alice']);
  });

  test('an action no policy allows is denied in the service shape', async () => {
    let encoded = '';
    const roles = new IAMClient(as(alice)).send(new ListRolesCommand({}));
    await assert.rejects(roles, (error: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(error.name, 'AccessDenied');
      assert.equal(error.$metadata.httpStatusCode, 403);
      assert.equal(error.message, `User: ${aliceArn} is not authorized to perform: iam:ListRoles because no identity-based policy allows the iam:ListRoles action`);
      return true;
    });
    await assert.rejects(new EC2Client(as(alice)).send(new DescribeRegionsCommand({})), (error: Error) => {
      assert.equal(error.name, 'UnauthorizedOperation');
      assert.match(error.message, /^You are not authorized to perform this operation\. User: .* is not authorized to perform: ec2:DescribeRegions because no identity-based policy allows the ec2:DescribeRegions action\. Encoded authorization failure message: /);
      encoded = error.message.split('Encoded authorization failure message: ')[1]!;
      return true;
    });
    const decoded = await new STSClient(rootConfig).send(new DecodeAuthorizationMessageCommand({ EncodedMessage: encoded }));
    const details = JSON.parse(decoded.DecodedMessage!) as { allowed: boolean; context: { action: string; principal: { arn: string } } };
    assert.deepEqual([details.allowed, details.context.action, details.context.principal.arn], [false, 'ec2:DescribeRegions', aliceArn]);
  });

  test('an explicit deny overrides the allow', async () => {
    const iam = new IAMClient(rootConfig);
    const deny = await iam.send(new CreatePolicyCommand({
      PolicyName: 'no-listing',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:List*', Resource: '*' }] }),
    }));
    await iam.send(new AttachUserPolicyCommand({ UserName: 'alice', PolicyArn: deny.Policy!.Arn }));
    await assert.rejects(new IAMClient(as(alice)).send(new ListUsersCommand({})), (error: Error) => {
      assert.equal(error.name, 'AccessDenied');
      assert.equal(error.message, `User: ${aliceArn} is not authorized to perform: iam:ListUsers with an explicit deny in an identity-based policy`);
      return true;
    });
    // GetUser is still allowed by the first policy, and names the user as its resource.
    const me = await new IAMClient(as(alice)).send(new GetUserCommand({ UserName: 'alice' }));
    assert.equal(me.User?.Arn, aliceArn);
  });

  test('an assumed role grants what the user lacks, and its trust policy is checked', async () => {
    const iam = new IAMClient(rootConfig);
    const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: aliceArn }, Action: 'sts:AssumeRole' }] };
    const role = await iam.send(new CreateRoleCommand({ RoleName: 'admin', AssumeRolePolicyDocument: JSON.stringify(trust) }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: 'admin', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }));
    const closed = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
    const other = await iam.send(new CreateRoleCommand({ RoleName: 'ec2-only', AssumeRolePolicyDocument: JSON.stringify(closed) }));

    const sts = new STSClient(as(alice));
    const session = await sts.send(new AssumeRoleCommand({ RoleArn: role.Role!.Arn, RoleSessionName: 'work' }));
    const credentials = {
      accessKeyId: session.Credentials!.AccessKeyId!,
      secretAccessKey: session.Credentials!.SecretAccessKey!,
      sessionToken: session.Credentials!.SessionToken!,
    };
    const roles = await new IAMClient(as(credentials)).send(new ListRolesCommand({}));
    assert.deepEqual(roles.Roles?.map((r) => r.RoleName).sort(), ['admin', 'ec2-only']);
    const identity = await new STSClient(as(credentials)).send(new GetCallerIdentityCommand({}));
    assert.equal(identity.Arn, 'arn:aws:sts::000000000000:assumed-role/admin/work');

    await assert.rejects(sts.send(new AssumeRoleCommand({ RoleArn: other.Role!.Arn, RoleSessionName: 'nope' })), (error: Error) => {
      assert.equal(error.name, 'AccessDenied');
      assert.match(error.message, /is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::000000000000:role\/ec2-only/);
      return true;
    });

    // Session credentials stop working when they expire on Kumo's clock.
    await fetch(`${kumo.url}/_kumo/clock`, { method: 'POST', body: JSON.stringify({ advanceSeconds: 3601 }), headers: { 'content-type': 'application/json' } });
    await assert.rejects(new IAMClient(as(credentials)).send(new ListRolesCommand({})), (error: Error) => {
      assert.equal(error.name, 'ExpiredToken');
      return true;
    });
  });

  test('signatures: a wrong secret, an unknown key and a missing session token', async () => {
    await assert.rejects(new IAMClient(as({ ...alice, secretAccessKey: 'wrong' })).send(new GetUserCommand({ UserName: 'alice' })), (error: Error & { $metadata: { httpStatusCode: number } }) => {
      assert.equal(error.name, 'SignatureDoesNotMatch');
      assert.equal(error.$metadata.httpStatusCode, 403);
      return true;
    });
    await assert.rejects(new STSClient(as({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' })).send(new GetCallerIdentityCommand({})), (error: Error) => {
      assert.equal(error.name, 'InvalidClientTokenId');
      assert.equal(error.message, 'The security token included in the request is invalid.');
      return true;
    });
    // The default credentials keep working with any secret.
    const root = await new STSClient(as({ accessKeyId: 'test', secretAccessKey: 'anything' })).send(new GetCallerIdentityCommand({}));
    assert.equal(root.Arn, 'arn:aws:iam::000000000000:root');
  });

  test('boto3 signs the same way', async () => {
    const { boto3 } = await import('../../support/cli-clients.js');
    const script = `c = boto3.client('sts', endpoint_url=ENDPOINT, aws_access_key_id=${JSON.stringify(alice.accessKeyId)}, aws_secret_access_key=${JSON.stringify(alice.secretAccessKey)})\nprint(json.dumps(c.get_caller_identity()['Arn']))`;
    const result = await boto3(kumo.url, script);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout), aliceArn);
  });
});
