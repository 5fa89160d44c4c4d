import { after, before, describe, test } from 'node:test';
import {
  ChangePasswordCommand, CreateAccessKeyCommand, CreateLoginProfileCommand, CreateUserCommand, DeleteAccountPasswordPolicyCommand,
  GetAccountPasswordPolicyCommand, IAMClient, UpdateAccountPasswordPolicyCommand, UpdateLoginProfileCommand,
} from '@aws-sdk/client-iam';
import assert from 'node:assert/strict';
import { startTestKumo } from '../../support/start-test-kumo.js';
import type { EmbeddedKumo } from '../../../src/index.js';
import { rejectsWith } from './helpers.js';

describe('IAM account password policy', () => {
  let kumo: EmbeddedKumo;
  let iam: IAMClient;
  before(async () => {
    kumo = await startTestKumo(['iam', 'sts']);
    iam = new IAMClient(kumo.clientConfig);
  });
  after(() => kumo.stop());

  test('get, update, delete, with AWS\'s defaults and NoSuchEntity', async () => {
    await rejectsWith(iam.send(new GetAccountPasswordPolicyCommand({})), 'NoSuchEntityException', 404, 'The Password Policy with domain name 000000000000 cannot be found.');
    await iam.send(new UpdateAccountPasswordPolicyCommand({ RequireNumbers: true, MaxPasswordAge: 90 }));
    const { PasswordPolicy } = await iam.send(new GetAccountPasswordPolicyCommand({}));
    assert.deepEqual({ ...PasswordPolicy }, {
      MinimumPasswordLength: 8, RequireSymbols: false, RequireNumbers: true, RequireUppercaseCharacters: false, RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: false, ExpirePasswords: true, MaxPasswordAge: 90,
    });
    await rejectsWith(iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 5 })), 'ValidationError', 400);
    await iam.send(new DeleteAccountPasswordPolicyCommand({}));
    await rejectsWith(iam.send(new DeleteAccountPasswordPolicyCommand({})), 'NoSuchEntityException', 404);
  });

  test('login profiles and ChangePassword must satisfy the policy', async () => {
    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 10, RequireUppercaseCharacters: true, RequireSymbols: true, AllowUsersToChangePassword: true }));
    await iam.send(new CreateUserCommand({ UserName: 'pat' }));
    await rejectsWith(iam.send(new CreateLoginProfileCommand({ UserName: 'pat', Password: 'short' })), 'PasswordPolicyViolationException', 400, /Password should have a minimum length of 10/);
    await rejectsWith(iam.send(new CreateLoginProfileCommand({ UserName: 'pat', Password: 'longenough!' })), 'PasswordPolicyViolationException', 400, 'Password should have at least one uppercase letter');
    await iam.send(new CreateLoginProfileCommand({ UserName: 'pat', Password: 'Longenough!' }));
    await rejectsWith(iam.send(new UpdateLoginProfileCommand({ UserName: 'pat', Password: 'Longenough1' })), 'PasswordPolicyViolationException', 400, 'Password should have at least one symbol');

    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'pat' }))).AccessKey!;
    const pat = new IAMClient({ ...kumo.clientConfig, credentials: { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! } });
    await rejectsWith(pat.send(new ChangePasswordCommand({ OldPassword: 'wrong', NewPassword: 'Another-one1' })), 'AccessDenied', 403);
    await rejectsWith(pat.send(new ChangePasswordCommand({ OldPassword: 'Longenough!', NewPassword: 'weak' })), 'PasswordPolicyViolationException', 400);
    await pat.send(new ChangePasswordCommand({ OldPassword: 'Longenough!', NewPassword: 'Another-one1' }));
    await pat.send(new ChangePasswordCommand({ OldPassword: 'Another-one1', NewPassword: 'Third-Pass1' }));
    await rejectsWith(iam.send(new ChangePasswordCommand({ OldPassword: 'a', NewPassword: 'b' })), 'InvalidUserTypeException', 400);
  });
});
