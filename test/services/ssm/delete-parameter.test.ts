import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DeleteParameterCommand, DeleteParametersCommand, GetParameterCommand, PutParameterCommand, type SSMClient } from '@aws-sdk/client-ssm';
import type { EmbeddedKumo } from '../../../src/index.js';
import { startSsm } from './ssm-fixture.js';

describe('SSM DeleteParameter and DeleteParameters', () => {
  let kumo: EmbeddedKumo;
  let ssm: SSMClient;
  before(async () => ({ kumo, ssm } = await startSsm()));
  after(() => kumo.stop());

  test('deletes; missing ones are ParameterNotFound or listed as invalid', async () => {
    for (const Name of ['/x/1', '/x/2', '/x/3']) await ssm.send(new PutParameterCommand({ Name, Value: 'v', Type: 'String' }));
    await ssm.send(new DeleteParameterCommand({ Name: '/x/1' }));
    await assert.rejects(ssm.send(new GetParameterCommand({ Name: '/x/1' })), { name: 'ParameterNotFound' });
    await assert.rejects(ssm.send(new DeleteParameterCommand({ Name: '/x/1' })), { name: 'ParameterNotFound' });
    const out = await ssm.send(new DeleteParametersCommand({ Names: ['/x/2', '/x/3', '/x/9'] }));
    assert.deepEqual(out.DeletedParameters, ['/x/2', '/x/3']);
    assert.deepEqual(out.InvalidParameters, ['/x/9']);
  });
});
