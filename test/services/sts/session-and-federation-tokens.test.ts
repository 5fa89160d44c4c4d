import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateAccessKeyCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import {
  AssumeRoleWithSAMLCommand, AssumeRoleWithWebIdentityCommand, DecodeAuthorizationMessageCommand, GetCallerIdentityCommand,
  GetFederationTokenCommand, GetSessionTokenCommand, STSClient,
} from '@aws-sdk/client-sts';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejectsWith } from '../iam/helpers.js';

describe('STS session, federation, web identity and SAML tokens', () => {
  let kumo: EmbeddedKumo;
  let sts: STSClient;
  let userSts: STSClient;
  before(async () => {
    kumo = await startTestKumo(['iam', 'sts']);
    sts = new STSClient(kumo.clientConfig);
    const iam = new IAMClient(kumo.clientConfig);
    await iam.send(new CreateUserCommand({ UserName: 'dev' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'dev' }))).AccessKey!;
    userSts = new STSClient({ ...kumo.clientConfig, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
  });
  after(() => kumo.stop());

  const client = (c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string }) =>
    new STSClient({ ...kumo.clientConfig, credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken } });

  test('GetSessionToken: the same user, not callable with session credentials', async () => {
    const token = await userSts.send(new GetSessionTokenCommand({ DurationSeconds: 1800 }));
    assert.match(token.Credentials!.AccessKeyId!, /^ASIA/);
    const session = client(token.Credentials!);
    assert.equal((await session.send(new GetCallerIdentityCommand({}))).Arn, 'arn:aws:iam::000000000000:user/dev');
    await rejectsWith(session.send(new GetSessionTokenCommand({})), 'AccessDenied', 403, 'Cannot call GetSessionToken with session credentials');
    // Root sessions last at most an hour.
    const root = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 129600 }));
    assert.ok(root.Credentials!.Expiration!.getTime() - Date.now() <= 3600_000);
  });

  test('GetFederationToken: a federated user', async () => {
    const token = await userSts.send(new GetFederationTokenCommand({ Name: 'alice-app', DurationSeconds: 900 }));
    assert.deepEqual(token.FederatedUser, { FederatedUserId: '000000000000:alice-app', Arn: 'arn:aws:sts::000000000000:federated-user/alice-app' });
    const me = await client(token.Credentials!).send(new GetCallerIdentityCommand({}));
    assert.deepEqual([me.Arn, me.UserId], ['arn:aws:sts::000000000000:federated-user/alice-app', '000000000000:alice-app']);
    await rejectsWith(userSts.send(new GetFederationTokenCommand({ Name: 'x' })), 'ValidationError', 400);
  });

  test('AssumeRoleWithWebIdentity reads the token claims (unsigned, as the SDK sends it)', async () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${b64({ alg: 'RS256' })}.${b64({ iss: 'https://token.actions.githubusercontent.com', sub: 'repo:org/app:ref:refs/heads/main', aud: 'sts.amazonaws.com', exp: Math.floor(Date.now() / 1000) + 600 })}.sig`;
    const anonymous = new STSClient({ endpoint: kumo.url, region: 'us-east-1', credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } });
    const result = await anonymous.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::222233334444:role/gha', RoleSessionName: 'gha-run', WebIdentityToken: jwt }));
    assert.deepEqual([result.SubjectFromWebIdentityToken, result.Audience, result.Provider], ['repo:org/app:ref:refs/heads/main', 'sts.amazonaws.com', 'token.actions.githubusercontent.com']);
    assert.equal(result.AssumedRoleUser?.Arn, 'arn:aws:sts::222233334444:assumed-role/gha/gha-run');
    assert.equal((await client(result.Credentials!).send(new GetCallerIdentityCommand({}))).Account, '222233334444');
    await rejectsWith(anonymous.send(new AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::222233334444:role/gha', RoleSessionName: 'x1', WebIdentityToken: 'not-a-jwt' })), 'InvalidIdentityTokenException', 400);
  });

  test('AssumeRoleWithSAML reads the assertion', async () => {
    const assertion = Buffer.from(`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Issuer>https://idp.example.com</saml:Issuer><saml:Assertion><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">user-7</saml:NameID></saml:Subject><saml:AttributeStatement><saml:Attribute Name="https://aws.amazon.com/SAML/Attributes/RoleSessionName"><saml:AttributeValue>user7@example.com</saml:AttributeValue></saml:Attribute></saml:AttributeStatement></saml:Assertion></samlp:Response>`).toString('base64');
    const result = await sts.send(new AssumeRoleWithSAMLCommand({ RoleArn: 'arn:aws:iam::000000000000:role/sso', PrincipalArn: 'arn:aws:iam::000000000000:saml-provider/corp', SAMLAssertion: assertion }));
    assert.deepEqual([result.Subject, result.SubjectType, result.Issuer, result.Audience], ['user-7', 'persistent', 'https://idp.example.com', 'https://signin.aws.amazon.com/saml']);
    assert.equal(result.AssumedRoleUser?.Arn, 'arn:aws:sts::000000000000:assumed-role/sso/user7@example.com');
    assert.ok(result.NameQualifier);
  });

  test('DecodeAuthorizationMessage refuses what Kumo did not encode', async () => {
    await rejectsWith(sts.send(new DecodeAuthorizationMessageCommand({ EncodedMessage: 'abc' })), 'InvalidAuthorizationMessageException', 400);
  });
});
