import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GetParametersByPathCommand, GetParametersCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSsm } from './ssm-fixture.js';

describe('SSM GetParametersByPath and GetParameters', () => {
  let kumo: EmbeddedKumo;
  let ssm: SSMClient;
  before(async () => {
    ({ kumo, ssm } = await startSsm());
    for (const [Name, Type] of [['/svc/a', 'String'], ['/svc/b', 'SecureString'], ['/svc/deep/c', 'String'], ['/svc/deep/er/d', 'StringList'], ['/other/x', 'String']] as const) {
      await ssm.send(new PutParameterCommand({ Name, Value: `v-${Name}`, Type }));
    }
  });
  after(() => kumo.stop());

  const names = async (input: ConstructorParameters<typeof GetParametersByPathCommand>[0]) => {
    const all: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await ssm.send(new GetParametersByPathCommand({ ...input, NextToken }));
      all.push(...page.Parameters!.map((p) => p.Name!));
      NextToken = page.NextToken;
    } while (NextToken);
    return all.sort();
  };

  test('one level or recursive; filters; pages of MaxResults', async () => {
    assert.deepEqual(await names({ Path: '/svc' }), ['/svc/a', '/svc/b']);
    assert.deepEqual(await names({ Path: '/svc/', Recursive: true, MaxResults: 1 }), ['/svc/a', '/svc/b', '/svc/deep/c', '/svc/deep/er/d']);
    assert.deepEqual(await names({ Path: '/svc', Recursive: true, ParameterFilters: [{ Key: 'Type', Values: ['String'] }] }), ['/svc/a', '/svc/deep/c']);
    await assert.rejects(ssm.send(new GetParametersByPathCommand({ Path: '/svc', ParameterFilters: [{ Key: 'Name', Values: ['x'] }] })), { name: 'InvalidFilterKey' });
    const secure = await ssm.send(new GetParametersByPathCommand({ Path: '/svc', WithDecryption: true }));
    assert.equal(secure.Parameters!.find((p) => p.Name === '/svc/b')?.Value, 'v-/svc/b');
  });

  test('GetParameters lists missing names in InvalidParameters', async () => {
    const out = await ssm.send(new GetParametersCommand({ Names: ['/svc/a', '/missing', '/svc/a:1', '/svc/a:9'] }));
    assert.deepEqual(out.Parameters!.map((p) => [p.Name, p.Selector]), [['/svc/a', undefined], ['/svc/a', ':1']]);
    assert.deepEqual(out.InvalidParameters, ['/missing', '/svc/a:9']);
  });
});
