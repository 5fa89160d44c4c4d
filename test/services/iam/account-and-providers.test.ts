import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateAccountAliasCommand, CreateLoginProfileCommand, CreateOpenIDConnectProviderCommand, CreateSAMLProviderCommand, CreateUserCommand,
  DeleteLoginProfileCommand, GetAccountSummaryCommand, GetLoginProfileCommand, GetOpenIDConnectProviderCommand, GetSAMLProviderCommand,
  IAMClient, ListAccountAliasesCommand, ListOpenIDConnectProvidersCommand, ListRoleTagsCommand, ListUserTagsCommand, CreateRoleCommand,
  TagRoleCommand, UntagRoleCommand, TagUserCommand, DeleteUserCommand,
} from '@aws-sdk/client-iam';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { doc, rejectsWith } from './helpers.js';

export const SAML_METADATA = `<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example.com" validUntil="2030-01-01T00:00:00Z"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${'<md:KeyDescriptor use="signing"/>'.repeat(40)}</md:IDPSSODescriptor></md:EntityDescriptor>`;

describe('IAM account, tags, login profiles and identity providers', () => {
  let kumo: EmbeddedKumo;
  let iam: IAMClient;
  before(async () => {
    kumo = await startTestKumo(['iam']);
    iam = new IAMClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('account alias and summary', async () => {
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: 'my-company' }));
    assert.deepEqual((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases, ['my-company']);
    await rejectsWith(iam.send(new CreateAccountAliasCommand({ AccountAlias: 'Bad_Alias' })), 'ValidationError', 400);
    await iam.send(new CreateUserCommand({ UserName: 'sum' }));
    const summary = (await iam.send(new GetAccountSummaryCommand({}))).SummaryMap!;
    assert.equal(summary.Users, 1);
    assert.equal(summary.AccessKeysPerUserQuota, 2);
  });

  test('tags on users and roles', async () => {
    await iam.send(new TagUserCommand({ UserName: 'sum', Tags: [{ Key: 'team', Value: 'a' }, { Key: 'env', Value: 'dev' }] }));
    await iam.send(new TagUserCommand({ UserName: 'sum', Tags: [{ Key: 'team', Value: 'b' }] }));
    assert.deepEqual((await iam.send(new ListUserTagsCommand({ UserName: 'sum' }))).Tags, [{ Key: 'team', Value: 'b' }, { Key: 'env', Value: 'dev' }]);
    await iam.send(new CreateRoleCommand({ RoleName: 'tagged', AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]) }));
    await iam.send(new TagRoleCommand({ RoleName: 'tagged', Tags: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: '2' }] }));
    await iam.send(new UntagRoleCommand({ RoleName: 'tagged', TagKeys: ['a'] }));
    assert.deepEqual((await iam.send(new ListRoleTagsCommand({ RoleName: 'tagged' }))).Tags, [{ Key: 'b', Value: '2' }]);
    await rejectsWith(iam.send(new TagUserCommand({ UserName: 'sum', Tags: [{ Key: 'aws:x', Value: '1' }] })), 'InvalidInputException', 400);
  });

  test('login profiles', async () => {
    const created = await iam.send(new CreateLoginProfileCommand({ UserName: 'sum', Password: 'S3cret-pass!', PasswordResetRequired: true }));
    assert.equal(created.LoginProfile?.PasswordResetRequired, true);
    await rejectsWith(iam.send(new CreateLoginProfileCommand({ UserName: 'sum', Password: 'x' })), 'EntityAlreadyExistsException', 409, 'Login Profile for user sum already exists.');
    await rejectsWith(iam.send(new DeleteUserCommand({ UserName: 'sum' })), 'DeleteConflictException', 409, 'Cannot delete entity, must delete login profile first.');
    assert.equal((await iam.send(new GetLoginProfileCommand({ UserName: 'sum' }))).LoginProfile?.UserName, 'sum');
    await iam.send(new DeleteLoginProfileCommand({ UserName: 'sum' }));
    await rejectsWith(iam.send(new GetLoginProfileCommand({ UserName: 'sum' })), 'NoSuchEntityException', 404, 'Login Profile for User sum cannot be found.');
  });

  test('OIDC and SAML providers', async () => {
    const oidc = await iam.send(new CreateOpenIDConnectProviderCommand({ Url: 'https://token.actions.githubusercontent.com', ClientIDList: ['sts.amazonaws.com'], ThumbprintList: ['a'.repeat(40)] }));
    assert.equal(oidc.OpenIDConnectProviderArn, 'arn:aws:iam::000000000000:oidc-provider/token.actions.githubusercontent.com');
    const got = await iam.send(new GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: oidc.OpenIDConnectProviderArn }));
    assert.deepEqual([got.Url, got.ClientIDList], ['token.actions.githubusercontent.com', ['sts.amazonaws.com']]);
    assert.equal((await iam.send(new ListOpenIDConnectProvidersCommand({}))).OpenIDConnectProviderList?.length, 1);
    await rejectsWith(iam.send(new CreateOpenIDConnectProviderCommand({ Url: 'https://token.actions.githubusercontent.com', ThumbprintList: ['a'.repeat(40)] })), 'EntityAlreadyExistsException', 409);
    const saml = await iam.send(new CreateSAMLProviderCommand({ Name: 'corp', SAMLMetadataDocument: SAML_METADATA }));
    assert.equal(saml.SAMLProviderArn, 'arn:aws:iam::000000000000:saml-provider/corp');
    const samlGot = await iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: saml.SAMLProviderArn }));
    assert.equal(samlGot.ValidUntil?.toISOString(), '2030-01-01T00:00:00.000Z');
  });
});
