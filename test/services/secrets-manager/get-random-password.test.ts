import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetRandomPasswordCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSecrets } from './sm-fixture.js';

describe('Secrets Manager GetRandomPassword', () => {
  let kumo: EmbeddedKumo;
  let sm: SecretsManagerClient;
  before(async () => ({ kumo, sm } = await startSecrets()));
  after(() => kumo.stop());

  test('32 characters of every type by default; exclusions and length respected', async () => {
    const def = (await sm.send(new GetRandomPasswordCommand({}))).RandomPassword!;
    assert.equal(def.length, 32);
    for (const re of [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/]) assert.match(def, re);
    const plain = (await sm.send(new GetRandomPasswordCommand({ PasswordLength: 50, ExcludePunctuation: true, ExcludeCharacters: 'abc' }))).RandomPassword!;
    assert.equal(plain.length, 50);
    assert.match(plain, /^[d-zA-Z0-9]+$/);
    await assert.rejects(
      sm.send(new GetRandomPasswordCommand({ ExcludeLowercase: true, ExcludeUppercase: true, ExcludeNumbers: true, ExcludePunctuation: true })),
      { name: 'InvalidParameterException' },
    );
    await assert.rejects(sm.send(new GetRandomPasswordCommand({ PasswordLength: 5000 })), { name: 'ValidationException' });
  });
});
